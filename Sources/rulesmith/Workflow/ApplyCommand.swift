import ArgumentParser
import RulesmithKit

/// `rulesmith apply`: update stale files, merge hand edits 3-way, record the lockfile.
struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply", abstract: "Regenerate stale files, merging hand edits 3-way.",
        discussion: """
        Writes every new or stale file, merges hand edits with the new render (base: the text \
        rulesmith last wrote), leaves standard conflict markers where both changed the same lines \
        (exit 1), deletes files no longer rendered unless you edited them, and writes \
        .rulesmith.lock. A hand edit is never discarded without --force, which first copies your \
        version to .git/rulesmith/backups/<time>/ (the newest 10 runs are kept). A second apply \
        writes nothing.

        Examples:
          rulesmith apply
          rulesmith apply --dry-run
          rulesmith apply --latest --commit      # upgrade to the newest registry revision and commit
          rulesmith apply --force                # discard hand edits (backed up)
        """)

    @OptionGroup var options: WorkflowOptions

    @Flag(help: "Replace hand-edited files with the render, after backing them up.")
    var force = false

    @Flag(help: "Print what would change as unified diffs; write nothing.")
    var dryRun = false

    @Flag(help: "Render the registry's newest revision and pin it in .rulesmith.yml.")
    var latest = false

    @Flag(help: "Commit the files rulesmith changed (only those) with your git identity.")
    var commit = false

    @Option(help: ArgumentHelp("With --commit: commit on this new branch (and switch to it).", valueName: "NAME"))
    var branch: String?

    func validate() throws {
        if branch != nil, !commit { throw ValidationError("--branch needs --commit") }
    }

    func run() throws {
        try Output.finish(try WorkflowCommands.apply(options: .init(
            registry: options.registry, force: force, dryRun: dryRun, latest: latest, commit: commit, branch: branch)), format: options.format)
    }
}
