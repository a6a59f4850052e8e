import ArgumentParser
import Foundation
import RulesmithKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `rulesmith init`: bootstrap the current repository.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Bootstrap this repository: detect stacks, write config, rules files and lockfile.",
        discussion: """
        Detects the stacks (printing the evidence), then writes .rulesmith.yml, the generated files \
        and .rulesmith.lock after asking (or at once with --yes). Default targets: agents, claude \
        (every editor reads AGENTS.md; CLAUDE.md imports it). Answering no writes nothing and exits \
        0. A file rulesmith did not write is never overwritten: AGENTS.md, CLAUDE.md, \
        GEMINI.md and .github/copilot-instructions.md get a managed block after your text (unless \
        that grows the file past an editor's size budget: init then says what to decide); other \
        files in the way are left alone. --adopt-existing takes them in as overlays instead. A \
        CLAUDE.md that links to or only imports AGENTS.md satisfies the claude target and is left \
        as it is. Without a terminal, pass --yes.

        Examples:
          rulesmith init
          rulesmith init --dry-run
          rulesmith init --yes --stack swift-package --targets agents,cursor
          rulesmith init --yes --commit --branch rulesmith/bootstrap
          rulesmith init --yes --hook
          rulesmith init --yes --adopt-existing     # take hand-written rules files in as overlays
        """)

    @OptionGroup var options: WorkflowOptions

    @Option(name: .customLong("stack"), help: ArgumentHelp("Use this stack instead of detection (repeatable, or comma-separated); 'auto' stands for the detected stacks.", valueName: "ID"))
    var stacks: [String] = []

    @Option(help: ArgumentHelp("Targets, comma-separated (default: agents,claude — every editor reads AGENTS.md; CLAUDE.md imports it).", valueName: "LIST"))
    var targets: String?

    @Option(name: .customLong("var"), help: ArgumentHelp("A template variable (repeatable): NAME for every stack declaring it, STACK.NAME for one.", valueName: "[STACK.]NAME=VALUE"))
    var variables: [String] = []

    @Flag(name: [.customShort("y"), .long], help: "Write without asking.")
    var yes = false

    @Flag(help: "Print what would be written as unified diffs; write nothing.")
    var dryRun = false

    @Flag(help: "Commit the files rulesmith wrote (only those) with your git identity.")
    var commit = false

    @Option(help: ArgumentHelp("With --commit: commit on this new branch (and switch to it).", valueName: "NAME"))
    var branch: String?

    @Flag(help: "Also install the pre-commit hook (as rulesmith hook install does).")
    var hook = false

    @Flag(help: "With --hook: keep a pre-commit hook that is already there and run it after rulesmith's.")
    var chainHook = false

    @Flag(help: "Take rules files rulesmith did not write (AGENTS.md, a .cursor/rules/*.mdc, …) in as repository overlays, so they become managed and nothing is lost.")
    var adoptExisting = false

    func validate() throws {
        if branch != nil, !commit { throw ValidationError("--branch needs --commit") }
        if options.format == .json, !yes, !dryRun { throw ValidationError("--format json cannot ask: pass --yes or --dry-run") }
    }

    func run() throws {
        var request = Bootstrap.Options()
        request.registry = options.registry
        request.stacks = stacks
        request.targets = try targets.map { try CommandValues.targets([], lists: [$0]) } ?? []
        request.variables = try CommandValues.variables(variables)
        request.yes = yes
        request.dryRun = dryRun
        request.commit = commit
        request.branch = branch
        request.hook = hook
        request.chainHook = chainHook
        request.adoptExisting = adoptExisting
        let environment = ProcessInfo.processInfo.environment
        request.hookExecutable = ExecutablePath.current(argument0: CommandLine.arguments[0], environment: environment) ?? "rulesmith"
        let interaction = Bootstrap.Interaction(isTerminal: isatty(0) == 1) { plan in
            Terminal.standardOutput.writeText(plan + "Write these files? [y/N] ")
            let answer = readLine() ?? ""
            return ["y", "yes"].contains(answer.lowercased())
        }
        try Output.finish(try Bootstrap.run(options: request, interaction: interaction), format: options.format)
    }
}
