import Foundation

/// Rows for `sync`: hostile manifests, then hostile remotes and caches. The sandbox's repository
/// is the remote (`--repo $REPO`); clones go to `$ROOT/cache`.
extension BadInputTable {
    static let sync: [BadInputCase] = manifestRows + remoteRows

    private static let syncManifest = ["sync", "$ROOT/m.yml", "--cache", "$ROOT/cache"]
    /// The built-in templates (a sync without `--source` uses them), pushed to the bare `$ROOT/remote.git`.
    private static let quickSync = ["sync", "--repo", "$ROOT/remote.git", "--stack", "python", "--cache", "$ROOT/cache"]

    private static let manifestRows: [BadInputCase] = [
        BadInputCase(name: "sync: empty manifest", arguments: syncManifest, expected: .refused, mentions: "m.yml") {
            try $0.write("m.yml", "")
        },
        BadInputCase(name: "sync: manifest with NUL bytes", arguments: syncManifest, expected: .refused, mentions: "m.yml") {
            try $0.write("m.yml", Array("repositories:\n  - url: /x".utf8) + [0, 0] + Array(".git\n".utf8))
        },
        BadInputCase(name: "sync: manifest not UTF-8", arguments: syncManifest, expected: .refused, mentions: "not UTF-8") {
            try $0.write("m.yml", Array("repositories:\n  - url: ".utf8) + [0xFF, 0xFE, 0xC3, 0x28] + [0x0A])
        },
        BadInputCase(name: "sync: manifest in UTF-16", arguments: syncManifest, expected: .refused, mentions: "not UTF-8") {
            try $0.write("m.yml", BadInputBytes.utf16("repositories:\n  - url: /x.git\n"))
        },
        BadInputCase(name: "sync: manifest alias bomb", arguments: syncManifest, expected: .problemList, mentions: "m.yml") {
            try $0.write("m.yml", BadInputBytes.aliasBombYAML + "repositories:\n  - url: /x.git\n")
        },
        BadInputCase(name: "sync: 100 MB manifest", arguments: ["sync", "$BIG", "--cache", "$ROOT/cache"], expected: .refused,
                     mentions: "larger than 4 MB", deadline: 300),
        BadInputCase(name: "sync: manifest is a folder", arguments: syncManifest, expected: .refused, mentions: "m.yml") {
            try $0.makeFolder("m.yml")
        },
        BadInputCase(name: "sync: manifest without read permission", arguments: syncManifest, expected: .refused,
                     user: BadInputCase.nobody, mentions: "m.yml") {
            try $0.write("m.yml", "repositories:\n  - url: /x.git\n")
            $0.chmod("m.yml", 0o000)
        },
        BadInputCase(name: "sync: manifest is a symlink loop", arguments: syncManifest, expected: .refused, mentions: "m.yml") {
            try $0.link("m.yml", to: "m.yml")
        },
        BadInputCase(name: "sync: stack id with ..", arguments: syncManifest, expected: .refused, mentions: "unknown stack") {
            try $0.write("m.yml", "defaults:\n  stacks: [../../etc]\nrepositories:\n  - url: /x.git\n")
        },
        BadInputCase(name: "sync: targets with .. and absolute paths", arguments: syncManifest, expected: .problemList) {
            try $0.write("m.yml", "defaults:\n  targets: [../x, /etc/passwd]\nrepositories:\n  - url: /x.git\n")
        },
        BadInputCase(name: "sync: branch name git refuses", arguments: syncManifest, expected: .refused) {
            try $0.write("m.yml", "branch: \"../../refs/x..y\"\nrepositories:\n  - url: /x.git\n")
        },
    ]

    private static let remoteRows: [BadInputCase] = [
        // Each unreachable repository is an outcome in the table, not an abort: exit 1.
        BadInputCase(name: "sync: unreachable remote", arguments: syncManifest, expected: .exits([1]), mayChange: ["cache"]) {
            try $0.write("m.yml", "repositories:\n  - url: /nonexistent/remote.git\n")
        },
        BadInputCase(name: "sync --dry-run: unreachable remote", arguments: syncManifest + ["--dry-run"], expected: .exits([1]),
                     mayChange: ["cache"]) {
            try $0.write("m.yml", "repositories:\n  - url: /nonexistent/remote.git\n")
        },
        // libgit2 pushes only to bare repositories: a working copy (here mid-merge) is a failed outcome, left as it was.
        BadInputCase(name: "sync: a working copy in the middle of a merge as the remote",
                     arguments: ["sync", "--repo", "$REPO", "--stack", "python", "--cache", "$ROOT/cache"], expected: .exits([1]),
                     mayChange: ["cache"]) { try mergeConflict($0) },
        BadInputCase(name: "sync: remote with a detached HEAD", arguments: quickSync, expected: .exits([0, 1, 2]),
                     mayChange: ["cache", "remote.git"]) {
            try bareRemote($0)
            let head = try Shell.run("/usr/bin/git", ["-C", $0.root + "/remote.git", "rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
            try Shell.run("/usr/bin/git", ["-C", $0.root + "/remote.git", "update-ref", "--no-deref", "HEAD", head])
        },
        // Pushing into a repository nobody may write: the push fails and says so; the remote is untouched.
        BadInputCase(name: "sync: read-only remote", arguments: quickSync, expected: .exits([1]), mayChange: ["cache"],
                     user: BadInputCase.nobody) {
            try bareRemote($0)
            try registryForNobody($0)
            try $0.makeFolder("cache")
            $0.chmod("cache", 0o777)
        },
        BadInputCase(name: "sync: cache path is a file", arguments: quickSync, expected: .exits([1, 2])) {
            try bareRemote($0)
            try $0.write("cache", "not a folder\n")
        },
        BadInputCase(name: "sync: full disk under the cache", arguments: quickSync, expected: .exits([1, 2]), mayChange: ["cache"]) {
            try bareRemote($0)
            _ = try $0.fillDisk("cache")
        },
        BadInputCase(name: "sync: corrupt registry", arguments: quickSync, expected: .refused) { try corruptRegistry($0) },
        BadInputCase(name: "sync: foreign SQLite registry", arguments: quickSync, expected: .refused) { try foreignRegistry($0) },
    ]

    /// `$ROOT/remote.git`: a bare clone of the sandbox repository, the kind of remote sync pushes to.
    static func bareRemote(_ sandbox: BadInputSandbox) throws {
        try Shell.run("/usr/bin/git", ["clone", "-q", "--bare", sandbox.repo, sandbox.root + "/remote.git"])
    }
}
