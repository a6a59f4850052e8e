import RulesmithText

/// Renders a sync's results: an aligned table or JSON (version 1), and whether any failed.
public struct SyncReport: Sendable {
    public var results: [SyncResult]
    /// The registry revision rendered and where it came from.
    public var revision: Int
    public var source: String
    public var commit: String?
    public var dryRun: Bool
    public var shard: SyncShard?

    public init(results: [SyncResult], revision: Int, source: String, commit: String?, dryRun: Bool, shard: SyncShard?) {
        self.results = results
        self.revision = revision
        self.source = source
        self.commit = commit
        self.dryRun = dryRun
        self.shard = shard
    }

    /// Whether any repository ended in a conflict or failed (not updated, not up to date).
    public var hasFailures: Bool { results.contains { $0.outcome.isFailure } }

    /// How many repositories ended with `outcome`.
    public func count(_ outcome: SyncOutcome) -> Int { results.count { $0.outcome == outcome } }

    /// The table: repository, outcome, branch, commit, detail; then a summary line.
    public func text() -> String {
        let header = ["REPOSITORY", "OUTCOME", "BRANCH", "COMMIT", "DETAIL"]
        // Names, branches and details quote the manifest and the remotes: one printable line each.
        let rows = results.map { result in
            [result.name, dryRun && result.outcome == .updated ? "would update" : result.outcome.rawValue,
             result.branch ?? "-", result.commit.map { String($0.prefix(12)) } ?? "-", result.detail.replacingNewlines]
                .map(PrintableMessage.make)
        }
        var widths = header.map(\.count)
        for row in rows {
            for column in 0..<4 { widths[column] = max(widths[column], row[column].count) }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for column in 0..<4 { text += cells[column] + String(repeating: " ", count: widths[column] - cells[column].count + 2) }
            return text + cells[4] + "\n"
        }
        var output = line(header)
        for row in rows { output += line(row) }
        output += PrintableMessage.make(summary()) + "\n"
        return output
    }

    /// "registry revision 3 (URL@abc123): 2 updated, 1 up-to-date, 0 conflict, 1 failed".
    public func summary() -> String {
        let counts = SyncOutcome.allCases.map { "\(count($0)) \($0.rawValue)" }.joined(separator: ", ")
        let origin = source + (commit.map { "@" + String($0.prefix(12)) } ?? "")
        return "registry revision \(revision) (\(origin))\(shard.map { ", shard \($0)" } ?? ""): \(counts)"
            + (dryRun ? " (dry run: nothing was written or pushed)" : "")
    }

    /// JSON with sorted keys.
    public func json() -> String {
        let repositories: [JSONValue] = results.map { result in
            .object([
                ("repository", .string(result.name)), ("url", .string(result.url)), ("outcome", .string(result.outcome.rawValue)),
                ("branch", result.branch.map(JSONValue.string) ?? .null), ("commit", result.commit.map(JSONValue.string) ?? .null),
                ("detail", .string(result.detail)), ("files", .array(result.files.map(JSONValue.string))),
                ("pushed", .bool(result.pushed)),
            ])
        }
        var summary: [(String, JSONValue)] = SyncOutcome.allCases.map { ($0.rawValue, .int(count($0))) }
        summary.append(("total", .int(results.count)))
        var registry: [(String, JSONValue)] = [("revision", .int(revision)), ("source", .string(source))]
        registry.append(("commit", commit.map(JSONValue.string) ?? .null))
        let root: JSONValue = .object([
            ("version", .int(1)), ("dryRun", .bool(dryRun)), ("shard", shard.map { .string($0.description) } ?? .null),
            ("registry", .object(registry)), ("repositories", .array(repositories)), ("summary", .object(summary)),
        ])
        return root.serialized(pretty: true, sortKeys: true) + "\n"
    }
}

extension String {
    fileprivate var replacingNewlines: String {
        split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
