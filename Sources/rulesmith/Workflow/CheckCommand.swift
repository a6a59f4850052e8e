import ArgumentParser
import RulesmithKit

/// `rulesmith check`: CI gate; exit 1 when generated files are stale or hand-edited.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Fail (exit 1) when generated files are stale or hand-edited.",
        discussion: """
        For each repository's own CI: renders the pinned registry revision (or the newest with \
        --latest) and compares every generated file with it. Exit 0 when all match, 1 with a \
        report when any is stale, edited, missing, conflicted, new or orphaned, 2 on errors.

        Examples:
          rulesmith check
          rulesmith check --latest --format json
        """)

    @OptionGroup var options: WorkflowOptions

    @Flag(help: "Compare with the registry's newest revision instead of the pinned one.")
    var latest = false

    func run() throws {
        try Output.finish(try WorkflowCommands.check(registry: options.registry, latest: latest), format: options.format)
    }
}
