import RulesmithText

/// Prints `status` and `check` results: one line per file as text, or the JSON contract
/// (`version`, `revision`, `files[]` with `path`, `target`, `state`, `reason`, `block`, `detail`,
/// and `summary` counts per state).
public enum DriftReport {
    /// Text: a header naming the revision, then `state  path  (detail)` per file. Paths, block IDs
    /// and details come from the lockfile and the templates, so each line is made printable.
    public static func text(_ drifts: [FileDrift], revision: Int, source: String, latest: Int?) -> String {
        var header = "registry revision \(revision) (\(source))"
        if let latest, latest > revision { header += "; revision \(latest) is available: rulesmith apply \(option: .latest)" }
        var output = PrintableMessage.make(header) + "\n"
        if drifts.isEmpty { return output + "no generated files\n" }
        let width = drifts.map { label($0).count }.max() ?? 0
        for drift in drifts {
            let name = label(drift)
            var line = "  " + name + String(repeating: " ", count: width - name.count + 2) + drift.path
            if let block = drift.layout.blockID, drift.state != .new || drift.current != nil { line += " [block \(block)]" }
            if !drift.detail.isEmpty { line += "  (\(drift.detail))" }
            output += PrintableMessage.make(line) + "\n"
        }
        let counts = summary(drifts)
        output += counts.map { "\($0.count) \($0.state.rawValue)" }.joined(separator: ", ") + "\n"
        return output
    }

    /// The state with its stale reason: `stale (registry)`.
    public static func label(_ drift: FileDrift) -> String {
        drift.reason.map { "\(drift.state.rawValue) (\($0.rawValue))" } ?? drift.state.rawValue
    }

    /// Version 1 JSON.
    public static func json(_ drifts: [FileDrift], revision: Int, source: String, latest: Int?) -> String {
        let files: [JSONValue] = drifts.map { drift in
            .object([
                ("path", .string(drift.path)), ("target", .string(drift.target)), ("state", .string(drift.state.rawValue)),
                ("reason", drift.reason.map { .string($0.rawValue) } ?? .null),
                ("block", drift.layout.blockID.map(JSONValue.string) ?? .null),
                ("detail", .string(drift.detail)),
            ])
        }
        let summary: JSONValue = .object(DriftState.allCases.map { state in
            (state.rawValue, .int(drifts.filter { $0.state == state }.count))
        })
        let root: JSONValue = .object([
            ("version", .int(1)), ("revision", .int(revision)), ("source", .string(source)),
            ("latestRevision", latest.map(JSONValue.int) ?? .null),
            ("files", .array(files)), ("summary", summary),
            ("drift", .bool(drifts.contains { $0.state.isDrift })),
        ])
        return root.serialized(pretty: true) + "\n"
    }

    static func summary(_ drifts: [FileDrift]) -> [(state: DriftState, count: Int)] {
        DriftState.allCases.compactMap { state in
            let count = drifts.filter { $0.state == state }.count
            return count == 0 ? nil : (state, count)
        }
    }
}
