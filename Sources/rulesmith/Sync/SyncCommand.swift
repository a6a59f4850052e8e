import ArgumentParser
import Foundation
import RulesmithKit
import RulesmithTemplates

/// `rulesmith sync`: fan the templates out to many repositories (branch, commit, push).
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "Update the generated files of many repositories: branch, commit, push.",
        discussion: """
        For each repository of the manifest (or each --repo): clone or fetch it into the cache, \
        check out the base branch, plan the change exactly as apply would (hand edits merged \
        3-way, overlapping ones reported as a conflict and never committed), commit on the sync \
        branch and push it. A repository already up to date gets no commit and no push. Ends \
        with a table of outcomes: updated, up-to-date, conflict, failed (why). Exit 0 when every \
        repository is updated or up to date, 1 when any is a conflict or failed, 2 for a bad \
        manifest or usage.

        Examples:
          rulesmith sync rulesmith-sync.yml
          rulesmith sync rulesmith-sync.yml --dry-run
          rulesmith sync rulesmith-sync.yml --jobs 4 --format json
          rulesmith sync rulesmith-sync.yml --shard 2/4        # runner 2 of a 4-runner CI matrix
          rulesmith sync --repo git@github.com:acme/api.git --repo ../web --stack swift-package --targets agents,claude --branch rulesmith/sync
        """)

    @Argument(help: ArgumentHelp("The sync manifest (rulesmith-sync.yml).", valueName: "MANIFEST"))
    var manifest: String?

    @Option(name: .customLong("repo"), help: ArgumentHelp("A repository URL or path to sync without a manifest (repeatable).", valueName: "URL-OR-PATH"))
    var repositories: [String] = []

    @Option(name: .customLong("stack"), help: "Without a manifest: a stack to bootstrap with (repeatable; detected when none).")
    var stacks: [String] = []

    @Option(name: .customLong("target"), help: "Without a manifest: a target (repeatable).")
    var target: [String] = []

    @Option(name: .customLong("targets"), help: "Without a manifest: targets, comma-separated.")
    var targets: String?

    @Option(help: ArgumentHelp("Without a manifest: the sync branch (default rulesmith/sync; \"\" commits on the base branch).", valueName: "NAME"))
    var branch: String?

    @Option(help: ArgumentHelp("Without a manifest: the base branch (default: the remote's HEAD).", valueName: "NAME"))
    var base: String?

    @Option(help: ArgumentHelp("Without a manifest: the team template repository (default: the built-in templates).", valueName: "GIT-URL"))
    var source: String?

    @Option(help: ArgumentHelp("Without a manifest: the branch, tag or commit of --source.", valueName: "REF"))
    var ref: String?

    // Not WorkflowOptions: sync's registry default differs (its own, beside its cache), so the
    // help must say so.
    @Option(name: .long, help: ArgumentHelp(
        "The registry to pull the manifest's source into (default: sync's own, beside its cache; "
            + "$RULESMITH_REGISTRY or this option makes sync use and update that one instead).",
        valueName: "PATH"))
    var registry: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("The folder of cache clones (default: $XDG_CACHE_HOME/rulesmith/sync).", valueName: "DIR"))
    var cache: String?

    @Flag(help: "Print each repository's diff and the outcomes; write, commit and push nothing anywhere.")
    var dryRun = false

    @Flag(help: "Commit in the cache clones but push nothing.")
    var noPush = false

    @Option(help: "Repositories synced in parallel.")
    var jobs = 1

    @Option(help: ArgumentHelp("Only the K-th of N stable slices of the manifest (1-based), for a CI matrix.", valueName: "K/N"))
    var shard: String?


    func run() throws {
        var sync = SyncOptions()
        sync.manifest = manifest
        sync.repositories = repositories
        sync.stacks = stacks
        sync.targets = target.isEmpty && targets == nil ? [] : try CommandValues.targets(target, lists: targets.map { [$0] } ?? [])
        sync.branch = branch
        sync.base = base
        sync.source = source
        sync.ref = ref
        sync.registry = registry
        sync.cache = cache
        sync.dryRun = dryRun
        sync.push = !noPush
        sync.jobs = jobs
        if let shard {
            guard let parsed = SyncShard(shard) else {
                throw RulesmithError("--shard: '\(shard)' is not K/N with 1 ≤ K ≤ N (for example 2/4)")
            }
            sync.shard = parsed
        }
        sync.progress = Terminal.standardError.isTTY
        try Output.finish(try SyncCommands.run(sync), format: format)
    }
}
