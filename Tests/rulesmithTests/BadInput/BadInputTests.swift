import Foundation
import Testing

/// Every command against hostile input (see `BadInputTable`): exit 2 with one clear line (or a
/// diagnostic where the input is lintable), never a Swift crash trace, never a partial write.
@Suite
struct BadInputTests {
    @Test(arguments: BadInputTable.rows)
    func survives(_ row: BadInputCase) throws {
        let sandbox = try BadInputSandbox(row.state)
        try row.prepare(sandbox)
        if row.user != nil { Shell.allowTraversal(sandbox.root) }
        // Opening a sound registry may touch its file (WAL checkpoint); a hostile one must stay as it was.
        let registry = sandbox.registryIsHostile ? [] : ["registry.sqlite"]
        let excluded = row.mayChange + registry + ["home", "registry.sqlite-wal", "registry.sqlite-shm", "registry.sqlite-journal"]
        let before = sandbox.snapshot(excluding: excluded)
        let arguments = try row.arguments.map { argument in
            argument.replacingOccurrences(of: "$REPO", with: sandbox.repo)
                .replacingOccurrences(of: "$ROOT", with: sandbox.root)
                .replacingOccurrences(of: "$BIG", with: argument.contains("$BIG") ? try BadInputGolden.hundredMegabytes.get() : "")
        }
        var environment = sandbox.environment
        for (key, value) in row.environment { environment[key] = value }
        let outcome = try BadInputProcess.run(
            arguments, in: sandbox.repo, environment: environment, stdin: row.stdin.map { Data($0) }, user: row.user,
            deadline: row.deadline)
        let run = "rulesmith \(row.arguments.joined(separator: " ")) → \(outcome.status)\nstderr: \(outcome.stderr.prefix(2000))"
        let context = Comment(rawValue: run)
        func because(_ what: String) -> Comment { Comment(rawValue: what + "\n" + run) }

        #expect(!outcome.timedOut, because("hung"))
        #expect(outcome.exitedNormally, because("died of a signal \(outcome.status)"))
        for trace in ["Fatal error", "Stack dump", "Current stack trace", "Crash", "#0 0x"] {
            #expect(!outcome.stderr.contains(trace), because("crash trace on stderr"))
        }
        let lines = outcome.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        // A full disk that could be neither mounted nor simulated (registry export writes without
        // AtomicFile) cannot be judged by its exit code; crash, stderr and writes still are.
        let judged = !(sandbox.diskFullIsSimulated && sandbox.extraEnvironment["RULESMITH_SIMULATE_WRITE_FAILURE"] == nil)
        switch judged ? row.expected : .exits([0, 1, 2]) {
        case .refused:
            #expect(outcome.status == 2, context)
        case .linted:
            #expect(outcome.status == 0 || outcome.status == 1, context)
        case .exits(let codes):
            #expect(codes.contains(outcome.status), context)
        case .problemList:
            #expect(outcome.status == 2, context)
            #expect(!lines.isEmpty && lines.count <= 20 && lines.allSatisfy { $0.hasPrefix("rulesmith: ") }, because("not a short problem list"))
        }
        if outcome.status == 2, !row.isProblemList {
            #expect(lines.count == 1 && outcome.stderr.hasSuffix("\n"), because("not exactly one line on stderr"))
            if let mentions = row.mentions { #expect(outcome.stderr.lowercased().contains(mentions.lowercased()), context) }
        }
        let after = sandbox.snapshot(excluding: excluded)
        let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
        // Where no full disk could be made, the command simply succeeds: its writes are not judged.
        if judged { #expect(changed.isEmpty, because("changed outside what the row allows: \(changed.prefix(8))")) }
        let leftovers = after.keys.filter { $0.split(separator: "/").last?.hasPrefix(".rulesmith-tmp-") == true }
        #expect(leftovers.isEmpty, because("temp files left behind: \(leftovers)"))
    }
}
