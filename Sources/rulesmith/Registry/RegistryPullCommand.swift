import ArgumentParser
import RulesmithKit

/// `rulesmith registry pull GIT-URL [--ref REF]`: import a team's template repository at a commit.
struct RegistryPullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull", abstract: "Import a team's template repository (git) as a new revision.")

    @OptionGroup var options: RegistryOptions

    @Argument(help: "The repository's URL (recorded on the revision).")
    var url: String

    @Option(help: "Branch, tag or commit to import (default: the remote's HEAD).")
    var ref: String?

    @Option(help: ArgumentHelp("Import this existing checkout of URL instead of fetching.", valueName: "DIR"))
    var checkout: String?

    @Option(help: ArgumentHelp("The commit the checkout is at (with --checkout).", valueName: "SHA"))
    var commit: String?

    @Flag(help: "Import even when lint reports error-severity findings.")
    var allowFindings = false

    @Flag(help: "Report what would change without writing.")
    var dryRun = false

    func run() throws {
        try Output.finish(try RegistryCommands.pull(
            registry: options.registry, url: url, ref: ref, checkout: checkout, commit: commit,
            allowFindings: allowFindings, dryRun: dryRun), format: options.format)
    }
}
