import ArgumentParser
import RulesmithKit

/// `rulesmith diff`: unified diffs from each generated file on disk to its fresh render.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "Show how generated files on disk differ from a fresh render.",
        discussion: """
        One unified diff per file that is not up to date, from the file on disk (a/) to the render \
        (b/); for a block-managed file, only the block. `rulesmith apply --dry-run` shows what apply \
        would write instead (hand edits merged in).

        Examples:
          rulesmith diff
          rulesmith diff --latest | less
        """)

    @OptionGroup var options: WorkflowOptions

    @Flag(help: "Render the registry's newest revision instead of the pinned one.")
    var latest = false

    func run() throws {
        try Output.finish(try WorkflowCommands.diff(registry: options.registry, latest: latest), format: options.format)
    }
}
