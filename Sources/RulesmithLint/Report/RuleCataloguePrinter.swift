import RulesmithText

/// Prints the rule catalogue (`rulesmith rules`) and one rule's documentation with its examples.
public struct RuleCataloguePrinter: Sendable {
    public let catalogue: RuleCatalogue

    public init(catalogue: RuleCatalogue) {
        self.catalogue = catalogue
    }

    /// One line per rule: ID, default severity, fix marker, name and summary.
    public func list(_ descriptions: [RuleDescription]) -> String {
        var output = ""
        for description in descriptions {
            let severity = description.isOptIn ? "opt-in" : description.defaultSeverity.rawValue
            let fix = description.fix == nil ? " " : "*"
            output += "\(pad(description.id, 7)) \(pad(severity, 7)) \(fix) \(pad(description.name, 34)) \(description.summary)\n"
        }
        output += "\n\(descriptions.count) rules; * has a fix. `rulesmith rules ID` explains one.\n"
        return output
    }

    /// The full documentation of one rule, examples included.
    public func explain(_ description: RuleDescription) -> String {
        var output = "\(description.id) \(description.name)\n\n\(description.summary)\n\n"
        output += "Default severity: \(description.defaultSeverity.rawValue)"
        let profiles = description.profileSeverity.keys.sorted { $0.rawValue < $1.rawValue }
        if !profiles.isEmpty {
            output += " (" + profiles.map { "\($0.rawValue): \(description.defaultSeverity(for: $0)?.rawValue ?? "off")" }.joined(separator: ", ") + ")"
        }
        output += "\n"
        if description.isOptIn { output += "Opt-in: runs only when enabled (e.g. \(option: .compat) reference)\n" }
        output += "Applies to: \(description.kinds.sorted().map(\.rawValue).joined(separator: ", "))\n"
        output += "Tags: \(description.tags.map(\.rawValue).joined(separator: ", "))\n"
        if let fix = description.fix { output += "Fix: \(fix.rawValue)\n" }
        if !description.aliases.isEmpty { output += "Aliases: \(description.aliases.joined(separator: ", "))\n" }
        output += "\n\(description.rationale)\n"
        output += section("Flagged (↓ marks where)", description.triggering.map(\.text))
        output += section("Accepted", description.nonTriggering.map(\.text))
        if !description.corrections.isEmpty {
            output += "\nFixed:\n"
            for correction in description.corrections {
                output += indent(correction.before.strippedText.text) + "  becomes\n" + indent(correction.after)
            }
        }
        if description.isSuppressibleInline {
            output += "\nSuppress one finding with <!-- rulesmith-disable-next-line \(description.id) -- reason -->\n"
        } else {
            output += "\nNo comment in a file can silence this rule. Turn it off in .rulesmith.yml, for one file with\n"
                + "lint: { per-path: { \"path/to/FILE.md\": { \(description.id): off } } }\n"
        }
        return output
    }

    /// Machine-readable catalogue entries: `{"version": 1, "rules": [...]}`.
    public func json(_ descriptions: [RuleDescription]) -> String {
        let values: [JSONValue] = descriptions.map { description in
            .object([
                ("id", .string(description.id)),
                ("name", .string(description.name)),
                ("summary", .string(description.summary)),
                ("severity", .string(description.defaultSeverity.rawValue)),
                ("optIn", .bool(description.isOptIn)),
                ("kinds", .array(description.kinds.sorted().map { .string($0.rawValue) })),
                ("tags", .array(description.tags.map { .string($0.rawValue) })),
                ("fix", description.fix.map { .string($0.rawValue) } ?? .null),
                ("aliases", .array(description.aliases.map(JSONValue.string))),
                ("rationale", .string(description.rationale)),
            ])
        }
        return JSONValue.object([("version", .int(1)), ("rules", .array(values))]).serialized(pretty: true) + "\n"
    }

    private func section(_ title: String, _ texts: [String]) -> String {
        guard !texts.isEmpty else { return "" }
        var output = "\n\(title):\n"
        for (index, text) in texts.enumerated() {
            if index > 0 { output += "  ---\n" }
            output += indent(text)
        }
        return output
    }

    private func indent(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines.map { "    " + $0.unicodeScalars.map { visible($0) }.joined() }.joined(separator: "\n") + "\n"
    }

    /// Shows invisible and control characters in examples as `<U+200B>`.
    private func visible(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        let invisible = value < 0x20 && value != 0x09 || (0x7F...0x9F).contains(value) || (0x200B...0x200F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2060...0x206F).contains(value) || value == 0xFEFF
            || (0xE0000...0xE007F).contains(value) || (0xFE00...0xFE0F).contains(value) || value == 0x00AD
        if invisible {
            let hex = String(value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        }
        return String(scalar)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
