import RulesmithText

/// What a finished command hands the CLI: one typed result with two renderers (text for a person,
/// a JSON object with a `version` member for a program) and whether it left something to act on.
/// Kit never prints and never picks an exit code; the CLI does both from this.
public protocol CommandOutcome: Sendable {
    /// The text output, every line already printable (no control or bidi character from a file).
    func text() -> String
    /// The `--format json` document: one object with `version`, ending with a newline.
    func json() -> String
    /// True when the run found drift, conflicts or findings (the CLI exits 1).
    var needsAttention: Bool { get }
}

extension CommandOutcome {
    public var needsAttention: Bool { false }
}

/// Builds the JSON documents of outcomes: every object starts with `version`, printed pretty with
/// a final newline (the one place outcomes serialise, so a change of writer happens here).
public enum OutcomeJSON {
    public static func document(version: Int = 1, _ members: [(String, JSONValue)]) -> String {
        JSONValue.object([("version", .int(version))] + members).serialized(pretty: true) + "\n"
    }

    /// A document whose members print in key order after `version`, which stays first as for every
    /// document: the registry's, `detect`'s and `render`'s documented shapes, which were sorted
    /// before outcomes existed.
    public static func sortedDocument(version: Int = 1, _ members: [String: JSONValue]) -> String {
        let sorted = members.filter { $0.key != "version" }.map { ($0.key, keysSorted($0.value)) }.sorted { $0.0 < $1.0 }
        return JSONValue.object([("version", .int(version))] + sorted).serialized(pretty: true) + "\n"
    }

    /// `value` with the members of every object inside it in key order.
    private static func keysSorted(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let values): .array(values.map(keysSorted))
        case .object(let members): .object(members.map { ($0.0, keysSorted($0.1)) }.sorted { $0.0 < $1.0 })
        default: value
        }
    }

    /// An object whose members print in key order when its document is sorted.
    public static func object(_ members: [String: JSONValue]) -> JSONValue { .object(Array(members)) }

    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    public static func int(_ value: Int64) -> JSONValue { .int(Int(value)) }

    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// Report lines as printed, one printable line each.
    static func printableLines(_ lines: [String]) -> String {
        lines.map { PrintableMessage.make($0) + "\n" }.joined()
    }
}
