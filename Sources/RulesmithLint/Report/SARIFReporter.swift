import RulesmithText

/// SARIF 2.1.0 with the rule metadata GitHub code scanning shows (descriptions, help, tags, level).
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let informationURI = "https://github.com/rulesmith/rulesmith"

    public init() {}

    public func report(_ reports: [FileReport], catalogue: RuleCatalogue) -> String {
        var report = ""
        write(reports, catalogue: catalogue) { report += $0 }
        return report
    }

    /// The whole document as one value: what `write` streams, byte for byte (`SARIFStreamingTests`).
    public func document(_ reports: [FileReport], catalogue: RuleCatalogue) -> JSONValue {
        let (rules, index) = Self.rules(reports, catalogue: catalogue)
        return .object([
            ("$schema", .string(Self.schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", Self.tool(rules)),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(reports.flatMap(\.diagnostics).map { Self.result($0, ruleIndex: index[$0.ruleID] ?? 0) })),
            ])])),
        ])
    }

    /// The document in pieces of about 64 KB: its outer levels written here, each result made and
    /// serialised on its own, so a report of a million results is never one value or one string.
    public func write(_ reports: [FileReport], catalogue: RuleCatalogue, to sink: (String) -> Void) {
        let (rules, index) = Self.rules(reports, catalogue: catalogue)
        var output: [UInt8] = []
        output.reserveCapacity(Self.flushBytes + 4096)
        func text(_ literal: String) { output.append(contentsOf: literal.utf8) }
        func line(_ indent: Int, _ literal: String) {
            JSONValue.newline(indent, into: &output)
            text(literal)
        }
        text("{")
        line(1, "\"$schema\": ")
        JSONValue.string(Self.schema).writePretty(into: &output, indent: 1)
        text(",")
        line(1, "\"version\": \"2.1.0\",")
        line(1, "\"runs\": [")
        line(2, "{")
        line(3, "\"tool\": ")
        Self.tool(rules).writePretty(into: &output, indent: 3)
        text(",")
        line(3, "\"columnKind\": \"unicodeCodePoints\",")
        line(3, "\"results\": ")
        var first = true
        for report in reports {
            for diagnostic in report.diagnostics {
                JSONValue.openElement(first: &first, indent: 4, into: &output)
                Self.result(diagnostic, ruleIndex: index[diagnostic.ruleID] ?? 0).writePretty(into: &output, indent: 4)
                if output.count >= Self.flushBytes {
                    sink(String(decoding: output, as: UTF8.self))
                    output.removeAll(keepingCapacity: true)
                }
            }
        }
        JSONValue.closeElements(first: first, indent: 3, into: &output)
        line(2, "}")
        line(1, "]")
        line(0, "}\n")
        sink(String(decoding: output, as: UTF8.self))
    }

    private static let flushBytes = 64 << 10
    private static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    /// The rules the reports use, in catalogue order, and each one's index among them.
    private static func rules(_ reports: [FileReport], catalogue: RuleCatalogue) -> ([RuleDescription], [String: Int]) {
        var usedIDs = Set<String>()
        for report in reports { for diagnostic in report.diagnostics { usedIDs.insert(diagnostic.ruleID) } }
        let rules = catalogue.descriptions.filter { usedIDs.contains($0.id) }
        return (rules, Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) }))
    }

    private static func tool(_ rules: [RuleDescription]) -> JSONValue {
        .object([("driver", .object([
            ("name", .string("rulesmith")),
            ("informationUri", .string(informationURI)),
            ("semanticVersion", .string(RulesmithVersion.current)),
            ("rules", .array(rules.map(rule))),
        ]))])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static func rule(_ description: RuleDescription) -> JSONValue {
        .object([
            ("id", .string(description.id)),
            ("name", .string(description.name)),
            ("shortDescription", .object([("text", .string(description.summary))])),
            ("fullDescription", .object([("text", .string(description.rationale))])),
            ("help", .object([("text", .string("\(description.rationale)\n\nRun `rulesmith rules \(description.id)` for examples."))])),
            ("defaultConfiguration", .object([("level", .string(level(description.defaultSeverity)))])),
            ("properties", .object([("tags", .array(description.tags.map { .string($0.rawValue) }))])),
        ])
    }

    /// One result; a flood's summary carries its count in `properties.collapsed`.
    static func result(_ diagnostic: Diagnostic, ruleIndex: Int) -> JSONValue {
        let fields: [(String, JSONValue)] = [
            ("ruleId", .string(diagnostic.ruleID)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", .string(level(diagnostic.severity))),
            ("message", .object([("text", .string(diagnostic.message))])),
            ("locations", .array([.object([
                ("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(uri(diagnostic.path)))])),
                    ("region", .object([
                        ("startLine", .int(diagnostic.start.line)),
                        ("startColumn", .int(diagnostic.start.column)),
                        ("endLine", .int(diagnostic.end.line)),
                        ("endColumn", .int(max(diagnostic.end.column, diagnostic.end.line == diagnostic.start.line ? diagnostic.start.column : 1))),
                    ])),
                ])),
            ])])),
        ]
        guard diagnostic.collapsed > 0 else { return .object(fields) }
        return .object(fields + [("properties", .object([("collapsed", .int(diagnostic.collapsed))]))])
    }

    /// A relative URI reference: percent-encodes what is not allowed in a path.
    static func uri(_ path: String) -> String {
        var output = ""
        for byte in path.utf8 {
            let char = Character(UnicodeScalar(byte))
            if byte < 0x80, char.isLetter || char.isNumber || "-._~/!$&'()*+,;=:@".contains(char) {
                output.append(char)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return output
    }
}
