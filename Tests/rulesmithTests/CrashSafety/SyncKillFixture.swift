import Foundation

/// A small sync fleet kept pristine so every kill starts from the same state: a team template
/// repository already moved to v2, three bare remotes whose sync branch holds v1, one bare
/// remote never synced, the cache clones and the registry of the v1 sync. Everything lives
/// under `live`, restored from `pristine` at the same path, so URLs and cache keys stay valid.
final class SyncKillFixture {
    let scratch: Scratch
    var live: String { scratch.root + "/live" }
    var pristine: String { scratch.root + "/pristine" }
    var registry: String { live + "/registry/registry.sqlite" }
    var cache: String { live + "/cache" }
    var templates: String { live + "/templates" }
    let names = ["alpha", "bravo", "charlie", "delta"]

    func remote(_ name: String) -> String { live + "/remotes/\(name).git" }

    init(_ scratch: Scratch) throws {
        self.scratch = scratch
        try UpgradeFixture.writeTemplates(scratch, at: templates, version: 1)
        try scratch.git(["init", "-q", templates], in: scratch.root)
        try commitAll(templates, "templates v1")
        for name in names {
            let seed = scratch.root + "/seeds/\(name)"
            try scratch.write(seed + "/README.md", "# \(name)\n")
            try scratch.write(seed + "/tool.cfg", "x\n")
            try scratch.git(["init", "-q", seed], in: scratch.root)
            try commitAll(seed, "initial")
            try scratch.git(["clone", "-q", "--bare", seed, remote(name)], in: scratch.root)
        }
        var manifest = """
            version: 1
            registry:
              source: templates
            branch: rulesmith/sync
            defaults:
              base: main
              stacks: [tool]
              targets: [agents, claude, cursor]
            author:
              name: Rules Bot
              email: bot@example.com
            repositories:

            """
        for name in names.dropLast() { manifest += "  - path: remotes/\(name).git\n" }
        try scratch.write(live + "/v1.yml", manifest)
        manifest += "  - path: remotes/\(names.last!).git\n"
        try scratch.write(live + "/rulesmith-sync.yml", manifest)
        let first = try sync(manifest: "v1.yml").wait()
        guard first.status == 0 else { throw ScratchFailure("v1 sync: \(first.output)") }

        try UpgradeFixture.writeTemplates(scratch, at: templates, version: 2)
        try scratch.run("/bin/rm", ["-f", templates + "/tool/legacy.md"], in: scratch.root)
        try commitAll(templates, "templates v2")
        try scratch.restore(live, to: pristine)
    }

    func commitAll(_ directory: String, _ message: String) throws {
        try scratch.git(["add", "-A"], in: directory)
        try scratch.git(["commit", "-q", "-m", message], in: directory)
    }

    /// Starts `rulesmith sync` of `manifest` with the fleet's cache.
    func sync(manifest: String = "rulesmith-sync.yml", _ extra: [String] = []) throws -> Spawned {
        try Spawned.rulesmith(
            ["sync", manifest, "--cache", cache] + extra, in: live, environment: scratch.environment(registry: registry), logs: scratch.logs)
    }

    func resetLive() throws { try scratch.restore(pristine, to: live) }

    /// Every ref of every remote: "name refname" → commit.
    func refs() throws -> [String: String] {
        var refs: [String: String] = [:]
        for name in names {
            for line in try scratch.git(["for-each-ref", "--format=%(refname) %(objectname)"], in: remote(name)).split(separator: "\n") {
                let parts = line.split(separator: " ")
                refs["\(name) \(parts[0])"] = String(parts[1])
            }
        }
        return refs
    }

    /// What one uninterrupted sync of the live fleet does: the refs before it, the tree of every
    /// ref it moved (where every interrupted or concurrent run must end up), and how long it took.
    struct Reference {
        var oldRefs: [String: String]
        var trees: [String: String]
        var duration: UInt64
    }

    func reference() throws -> Reference {
        let oldRefs = try refs()
        let started = Spawned.now
        let run = try sync().wait()
        let duration = Spawned.now - started
        guard run.status == 0 else { throw ScratchFailure("uninterrupted sync: \(run.output)") }
        var trees: [String: String] = [:]
        for (key, commit) in try refs() where oldRefs[key] != commit { trees[key] = try tree(key, commit) }
        return Reference(oldRefs: oldRefs, trees: trees, duration: duration)
    }

    /// The tree of `commit` in the remote that holds `key`'s ref.
    func tree(_ key: String, _ commit: String) throws -> String {
        let name = String(key.split(separator: " ")[0])
        return try scratch.git(["rev-parse", commit + "^{tree}"], in: remote(name))
    }

    /// `git fsck --strict` of one remote; empty when sound.
    func fsck(_ name: String) throws -> String {
        let outcome = try scratch.run("/usr/bin/git", ["fsck", "--strict", "--no-dangling"], in: remote(name), allowFailure: true)
        return outcome.status == 0 ? "" : "exit \(outcome.status): \(outcome.output)"
    }

    /// Files under the cache that a finished run must not leave: run locks, git lock files, push
    /// markers, temp files.
    func cacheLeftovers() -> [String] {
        var found: [String] = []
        guard let enumerator = FileManager.default.enumerator(atPath: cache) else { return found }
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if (name.hasSuffix(".lock") && name != ".rulesmith.lock") || name.hasSuffix(".pushing") || name.hasPrefix(".rulesmith-tmp-") { found.append(relative) }
        }
        return found.sorted()
    }
}
