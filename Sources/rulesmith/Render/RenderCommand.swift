import ArgumentParser
import RulesmithKit

/// `rulesmith render`: print the files the stacks render for the targets, without writing.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the files stacks render for editor targets (nothing is written).",
        discussion: """
        Each file is printed under a '==> path (target) <==' line; notes (advisory budgets, \
        manual rules a target cannot hold, editors that would read a rule twice) go to standard \
        error. A target over a budget its editor truncates at fails rather than being cut.

        Targets: cursor, cursorrules, agents, claude, claude-rules, copilot, windsurf, cline, kiro, gemini \
        (llms-txt comes from `rulesmith llms generate`), or all.

        Exit status: 0 rendered, 2 unknown stack or target, missing variable, over budget, or \
        registry error.

        Examples:
          rulesmith render --stack go --target agents --var project_name=Acme
          rulesmith render --stack nextjs --targets cursor,claude,agents --var project_name=Shop
          rulesmith render --stack python --targets all --var project_name=Tool --format json
        """
    )

    @Option(name: .long, help: ArgumentHelp("A stack to render (repeatable); base and what it extends come first.", valueName: "ID"))
    var stack: [String] = []

    @Option(name: .long, help: ArgumentHelp("A target to render (repeatable).", valueName: "NAME"))
    var target: [String] = []

    @Option(name: .long, help: ArgumentHelp("Comma-separated targets, or 'all'.", valueName: "a,b"))
    var targets: [String] = []

    @Option(name: .customLong("var"), help: ArgumentHelp("A variable value (repeatable).", valueName: "name=value"))
    var variables: [String] = []

    @Option(help: "Render the stacks as this registry revision left them (default: newest).")
    var revision: Int?

    @OptionGroup var options: RegistryOptions

    func validate() throws {
        if stack.isEmpty { throw ValidationError("pass at least one --stack ID") }
        if target.isEmpty && targets.isEmpty { throw ValidationError("pass --target NAME or --targets a,b (or --targets all)") }
    }

    func run() throws {
        let outcome = try RenderCommands.render(
            registry: options.registry, stacks: stack, targets: target, targetLists: targets, variables: variables, revision: revision)
        try Output.finish(outcome, format: options.format)
        if options.format == .text { Terminal.standardError.write(outcome.noteLines()) }
    }
}
