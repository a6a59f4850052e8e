import Foundation
import RulesmithTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `rulesmith sync` end to end through the built executable, against bare remotes made with the
/// git CLI, a team template repository and a git daemon whose hook refuses pushes.
@Suite(.serialized)
struct SyncCommandLineTests {
    /// Kills a server started here (SIGKILL: SIGTERM may be ignored when inherited so).
    private func startDaemon(base: String) throws -> (Process, UInt16) {
        for _ in 0..<5 {
            let port = UInt16.random(in: 20_000...60_000)
            let process = Process()
            let execPath = try SyncFleet.gitExecPath()
            process.executableURL = URL(fileURLWithPath: execPath + "/git-daemon")
            process.arguments = [
                "--reuseaddr", "--base-path=\(base)", "--export-all", "--enable=receive-pack", "--listen=127.0.0.1", "--port=\(port)", base,
            ]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            for _ in 0..<200 {
                if SyncFleet.isListening(port) { return (process, port) }
                if !process.isRunning { break }
                usleep(25_000)
            }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        throw FleetFailure("git daemon did not start")
    }

    @Test func twentyRepositoriesOutcomesRerunDryRunAndCheck() throws {
        let fleet = try SyncFleet()
        // Phase 1: bootstrap the repositories that start managed, straight onto main, at templates v1.
        var managed: [String: String] = [:]
        for name in ["current1", "current2", "current3"] { managed[name] = try fleet.remote(name) }
        for name in ["stale1", "stale2", "stale3", "stale4", "edited1", "edited2", "edited3", "conflict1", "conflict2", "diverged"] {
            managed[name] = try fleet.remote(name)
        }
        var bootstrap = "registry:\n  source: templates\nbranch: \"\"\ndefaults:\n  base: main\n  stacks: [tool]\n  targets: [agents]\nrepositories:\n"
        for name in managed.keys.sorted() {
            bootstrap += "  - path: remotes/\(name).git\n" + (name.hasPrefix("current") ? "    stacks: [other]\n" : "")
        }
        try fleet.write(fleet.root + "/bootstrap.yml", bootstrap)
        let first = try fleet.run(["sync", "bootstrap.yml", "--cache", fleet.cache])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("13 updated"))

        // Hand edits: above the generated text, away from what the templates change next (merges
        // cleanly), or on the line the templates change next (conflicts).
        for name in ["edited1", "edited2", "edited3"] {
            try fleet.humanCommit(managed[name]!, message: "local note") { work in
                try fleet.write(work + "/AGENTS.md", "## Local\n\n- Ask \(name)'s owners first.\n\n" + (try fleet.read(work + "/AGENTS.md")))
            }
        }
        for name in ["conflict1", "conflict2"] {
            try fleet.humanCommit(managed[name]!, message: "reword") { work in
                let text = try fleet.read(work + "/AGENTS.md")
                try fleet.write(work + "/AGENTS.md", text.replacingOccurrences(of: "Run the tool with --verbose in CI.", with: "Run the tool quietly."))
            }
        }
        // Someone pushed their own commit onto the sync branch, then main moved on.
        try fleet.humanCommit(managed["diverged"]!, branch: "rulesmith/sync", from: "main", message: "my own fix") { work in
            try fleet.write(work + "/NOTES.md", "mine\n")
        }
        try fleet.humanCommit(managed["diverged"]!, message: "main moves") { work in
            try fleet.write(work + "/CHANGELOG.md", "1.0\n")
        }

        // Never bootstrapped, unreachable, and refused by a pre-receive hook behind git daemon.
        var fresh: [String: String] = [:]
        for name in ["new1", "new2", "new3"] { fresh[name] = try fleet.remote(name, files: ["Package.swift": "// swift\n"]) }
        for name in ["refused1", "refused2"] {
            let bare = try fleet.remote(name, folder: "served")
            try fleet.write(bare + "/hooks/pre-receive", "#!/bin/sh\necho 'policy: no pushes' >&2\nexit 1\n")
            chmod(bare + "/hooks/pre-receive", 0o755)
        }
        let (daemon, port) = try startDaemon(base: fleet.root + "/served")
        defer {
            kill(daemon.processIdentifier, SIGKILL)
            daemon.waitUntilExit()
        }

        // Templates v2 changes the tool stack's rule.
        try fleet.write(fleet.templates + "/tool/usage.md", SyncFleet.usage("Run the tool with --strict in CI."))
        try fleet.commitAll(fleet.templates, "templates v2")

        var manifest = """
        version: 1
        registry:
          source: templates
        defaults:
          stacks: [tool]
          targets: [agents]
        author:
          name: Rules Bot
          email: bot@example.com
        repositories:

        """
        let names = managed.keys.sorted() + fresh.keys.sorted()
        for name in names { manifest += "  - path: remotes/\(name).git\n" }
        manifest += "  - path: remotes/missing1.git\n  - url: /nonexistent/missing2.git\n"
        manifest += "  - url: git://127.0.0.1:\(port)/refused1.git\n  - url: git://127.0.0.1:\(port)/refused2.git\n"
        try fleet.write(fleet.root + "/rulesmith-sync.yml", manifest)
        let remotes = managed.merging(fresh) { $1 }
        // A manifest is a file: the servers it names must be trusted by the environment.
        let trusted = ["RULESMITH_GIT_TRUSTED_HOSTS": "127.0.0.1:\(port)"]

        // Dry run: diffs printed, no ref of any remote moves, the cache and the registry stay as they were.
        let refsBefore = try remotes.mapValues { try fleet.refs($0) }
        let cacheBefore = fleet.listing(fleet.cache)
        let historyBefore = try fleet.run(["registry", "history", "--format", "json"]).stdout
        let dry = try fleet.run(["sync", "rulesmith-sync.yml", "--cache", fleet.cache, "--dry-run", "--jobs", "2"], environment: trusted)
        #expect(dry.status == 1)
        #expect(dry.stdout.contains("### stale1"))
        #expect(dry.stdout.contains("+- Run the tool with --strict in CI."))
        #expect(dry.stdout.contains("would update"))
        #expect(dry.stdout.contains("dry run: nothing was written or pushed"))
        #expect(try remotes.mapValues { try fleet.refs($0) } == refsBefore)
        #expect(fleet.listing(fleet.cache) == cacheBefore)
        #expect(try fleet.run(["registry", "history", "--format", "json"]).stdout == historyBefore)

        // The real run.
        let run = try fleet.run(["sync", "rulesmith-sync.yml", "--cache", fleet.cache, "--jobs", "2", "--format", "json"], environment: trusted)
        #expect(run.status == 1, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["repositories"] as? [[String: Any]])
        #expect(rows.count == 20)
        var outcome: [String: String] = [:]
        var detail: [String: String] = [:]
        for row in rows {
            outcome[row["repository"] as! String] = row["outcome"] as? String
            detail[row["repository"] as! String] = row["detail"] as? String
        }
        let expected: [String: String] = [
            "current1": "up-to-date", "current2": "up-to-date", "current3": "up-to-date",
            "stale1": "updated", "stale2": "updated", "stale3": "updated", "stale4": "updated",
            "edited1": "updated", "edited2": "updated", "edited3": "updated",
            "conflict1": "conflict", "conflict2": "conflict", "diverged": "failed",
            "new1": "updated", "new2": "updated", "new3": "updated",
            "missing1": "failed", "missing2": "failed", "refused1": "failed", "refused2": "failed",
        ]
        #expect(outcome == expected, "\(run.stdout)")
        #expect(detail["missing1"]?.hasPrefix("unreachable") == true)
        #expect(detail["refused1"]?.contains("pre-receive hook declined") == true)
        #expect(detail["diverged"]?.contains("non-fast-forward") == true)
        #expect(detail["conflict1"]?.contains("AGENTS.md") == true)
        #expect((object["summary"] as? [String: Any])?["updated"] as? Int == 10)

        // What landed: the sync branch, on top of an untouched main; hand edits kept.
        for name in ["stale1", "edited2", "new1"] {
            let remote = remotes[name]!
            #expect(try fleet.git(["rev-parse", "main"], in: remote) == refsBefore[name]!["refs/heads/main"])
            let agents = try fleet.git(["show", "rulesmith/sync:AGENTS.md"], in: remote)
            #expect(agents.contains("Run the tool with --strict in CI."), "\(name)")
            #expect(try fleet.git(["log", "-1", "--format=%an <%ae>", "rulesmith/sync"], in: remote) == "Rules Bot <bot@example.com>")
        }
        #expect(try fleet.git(["show", "rulesmith/sync:AGENTS.md"], in: remotes["edited2"]!).contains("Ask edited2's owners first."))
        for name in ["conflict1", "current1", "diverged"] where name != "diverged" {
            #expect(try fleet.refs(remotes[name]!)["refs/heads/rulesmith/sync"] == nil, "\(name)")
        }
        #expect(try fleet.refs(remotes["diverged"]!)["refs/heads/rulesmith/sync"] == refsBefore["diverged"]!["refs/heads/rulesmith/sync"])
        for name in ["refused1", "refused2"] {
            #expect(try fleet.refs(fleet.root + "/served/\(name).git")["refs/heads/rulesmith/sync"] == nil)
        }

        // Re-running is idempotent: the updated ones are up to date, and no remote ref moves.
        let refsAfter = try remotes.mapValues { try fleet.refs($0) }
        let again = try fleet.run(["sync", "rulesmith-sync.yml", "--cache", fleet.cache, "--jobs", "2"], environment: trusted)
        #expect(again.status == 1)
        #expect(again.stdout.contains("0 updated, 13 up-to-date, 2 conflict, 5 failed"), "\(again.stdout)")
        #expect(try remotes.mapValues { try fleet.refs($0) } == refsAfter)

        // Pull mode: a repository's own CI checks itself against the locked team commit, on a fresh machine.
        let checkout = fleet.root + "/ci-stale1"
        try fleet.git(["clone", "-q", "-b", "rulesmith/sync", remotes["stale1"]!, checkout])
        let freshRegistry = ["RULESMITH_REGISTRY": fleet.root + "/fresh-ci/registry.sqlite"]
        let check = try fleet.run(["check"], in: checkout, environment: freshRegistry)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        try fleet.write(fleet.templates + "/tool/usage.md", SyncFleet.usage("Run the tool with --strict --color in CI."))
        try fleet.commitAll(fleet.templates, "templates v3")
        let latest = try fleet.run(["check", "--latest"], in: checkout, environment: freshRegistry)
        #expect(latest.status == 1, "\(latest.stdout)\(latest.stderr)")
        #expect(latest.stdout.contains("stale"))
        try fleet.write(checkout + "/AGENTS.md", try fleet.read(checkout + "/AGENTS.md") + "- hand edit\n")
        let edited = try fleet.run(["check"], in: checkout, environment: freshRegistry)
        #expect(edited.status == 1)
        #expect(edited.stdout.contains("edited"))
    }

    @Test func shardsPartitionTheManifest() throws {
        let fleet = try SyncFleet()
        var manifest = "repositories:\n"
        for index in 0..<12 { manifest += "  - url: /nonexistent/repo\(index).git\n" }
        try fleet.write(fleet.root + "/m.yml", manifest)
        var seen: [String] = []
        for shard in 1...3 {
            let result = try fleet.run(["sync", "m.yml", "--cache", fleet.cache, "--shard", "\(shard)/3", "--format", "json", "--no-push"])
            #expect(result.status == 1)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(object["shard"] as? String == "\(shard)/3")
            seen += (object["repositories"] as? [[String: Any]] ?? []).compactMap { $0["repository"] as? String }
        }
        #expect(seen.sorted() == (0..<12).map { "repo\($0)" }.sorted())
        #expect(Set(seen).count == 12)
    }

    @Test func usageAndManifestErrorsExitTwo() throws {
        let fleet = try SyncFleet()
        try fleet.write(fleet.root + "/bad.yml", "repositories:\n  - url: /x.git\n    stack: [a]\n")
        let bad = try fleet.run(["sync", "bad.yml"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("bad.yml:3:"))
        #expect(bad.stderr.contains("did you mean 'stacks'"))
        #expect(try fleet.run(["sync"]).status == 2)
        #expect(try fleet.run(["sync", "--repo", "/x.git", "--shard", "4/3"]).status == 2)
        #expect(try fleet.run(["sync", "bad.yml", "--repo", "/x.git"]).status == 2)
        let help = try fleet.run(["sync", "--help"])
        #expect(help.stdout.contains("Examples:"))
        #expect(help.stdout.contains("rulesmith sync"))
    }

    /// A message from a YAML block ends with a line break; the commit still has exactly one
    /// blank line before the `Rulesmith-Sync:` trailer (git's trailer parsers need it so).
    @Test func commitMessageHasOneBlankLineBeforeTheTrailer() throws {
        let fleet = try SyncFleet()
        _ = try fleet.remote("blocky")
        try fleet.write(fleet.root + "/blocky.yml", """
            registry:
              source: templates
            branch: ""
            commit-message: |
              Update the rules to {{revision}}

              Files: {{files}}
            defaults:
              base: main
              stacks: [tool]
              targets: [agents]
            repositories:
              - path: remotes/blocky.git

            """)
        let result = try fleet.run(["sync", "blocky.yml", "--cache", fleet.cache])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let body = try fleet.git(["log", "-1", "--format=%B", "main"], in: fleet.root + "/remotes/blocky.git")
        #expect(body.contains("Files: "), "\(body)")
        #expect(body.contains("\n\nRulesmith-Sync: "), "\(body)")
        #expect(!body.contains("\n\n\nRulesmith-Sync: "), "\(body)")
    }

    @Test func quickModeWithoutAManifestAndNoPush() throws {
        let fleet = try SyncFleet()
        let remote = try fleet.remote("quick")
        let before = try fleet.refs(remote)
        let result = try fleet.run([
            "sync", "--repo", remote, "--source", "templates", "--stack", "tool", "--targets", "agents,claude",
            "--branch", "chore/rules-{{revision}}", "--cache", fleet.cache, "--no-push",
        ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("updated"))
        #expect(result.stdout.contains("not pushed"))
        #expect(try fleet.refs(remote) == before)
        let pushed = try fleet.run(["sync", "--repo", remote, "--source", "templates", "--stack", "tool", "--branch", "chore/rules", "--cache", fleet.cache])
        #expect(pushed.status == 0, "\(pushed.stdout)\(pushed.stderr)")
        #expect(try fleet.refs(remote)["refs/heads/chore/rules"] != nil)
    }
}

extension SyncFleet {
    static func gitExecPath() throws -> String {
        try Subprocess.run("/usr/bin/git", ["--exec-path"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func isListening(_ port: UInt16) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = port.bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}
