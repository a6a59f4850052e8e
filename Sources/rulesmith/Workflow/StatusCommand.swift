import ArgumentParser
import RulesmithKit

/// `rulesmith status`: every generated file as up-to-date, stale, edited, missing, conflicted, new or orphaned.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show whether each generated file is up to date, stale or hand-edited.",
        discussion: """
        States: up-to-date, stale (config, registry or renderer changed), edited (hand edit since \
        the last write), edited+stale (apply merges), missing, conflicted (markers to resolve), new \
        (not written yet), orphaned (no longer rendered), blocked (a file rulesmith did not write \
        is in the way), unreadable. Exits 0; use `rulesmith check` to fail on drift.

        Examples:
          rulesmith status
          rulesmith status --format json
          rulesmith status --latest        # compare with the registry's newest revision
        """)

    @OptionGroup var options: WorkflowOptions

    @Flag(help: "Compare with the registry's newest revision instead of the pinned one.")
    var latest = false

    func run() throws {
        try Output.finish(try WorkflowCommands.status(registry: options.registry, latest: latest), format: options.format)
    }
}
