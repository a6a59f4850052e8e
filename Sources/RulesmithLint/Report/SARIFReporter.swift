import RulesmithText

/// SARIF 2.1.0 with the rule metadata GitHub code scanning shows (descriptions, help, tags, level).
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let informationURI = "https://github.com/rulesmith/rulesmith"

    public init() {}

    public func report(_ reports: [FileReport], catalogue: RuleCatalogue) -> String {
        let diagnostics = reports.flatMap(\.diagnostics)
        let usedIDs = Set(diagnostics.map(\.ruleID))
        let rules = catalogue.descriptions.filter { usedIDs.contains($0.id) }
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let document: JSONValue = .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("rulesmith")),
                    ("informationUri", .string(Self.informationURI)),
                    ("semanticVersion", .string(RulesmithVersion.current)),
                    ("rules", .array(rules.map(Self.rule))),
                ]))])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(diagnostics.map { Self.result($0, ruleIndex: index[$0.ruleID] ?? 0) })),
            ])])),
        ])
        return document.serialized(pretty: true) + "\n"
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
            ("properties", .object([("tags", .array(description.tags.map(JSONValue.string)))])),
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
