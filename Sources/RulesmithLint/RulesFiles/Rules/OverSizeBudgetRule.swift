import RulesmithEditors
import RulesmithText

/// RF002: a file longer than what its editor reads or recommends (`TargetCatalogue` budgets).
struct OverSizeBudgetRule: Rule {
    let description = RuleDescription(
        id: "RF002", name: "over-size-budget",
        summary: "The file is over its editor's size budget",
        rationale: """
            Editors cap what they read: Windsurf truncates a workspace rule past 12,000 characters \
            and the legacy .windsurfrules past 6,000, silently and mid-line; Codex reads 32 KiB of \
            AGENTS.md; Claude Code warns about a CLAUDE.md over 40,000 characters; Cursor advises \
            rules under 500 lines. Past a truncating budget the rest of the rules never reach the \
            model. The finding starts where the budget runs out; budgets come from one table and \
            say whether they count characters, bytes or lines and how sure the figure is.
            """,
        kinds: Set(TargetCatalogue.targets.flatMap(\.budgets).map(\.kind)), tags: ["rules-files", "size"],
        defaultSeverity: .warning,
        triggering: [
            Example(String(repeating: "x", count: 6_000) + "↓y\n", kind: .windsurf),
            Example(String(repeating: "- rule\n", count: 500) + "↓- one more\n", kind: .cursorrules),
            Example(String(repeating: "é", count: 12_000) + "↓!\n", kind: .windsurfRule),
        ],
        nonTriggering: [
            Example(String(repeating: "x", count: 6_000), kind: .windsurf),
            Example(String(repeating: "- rule\n", count: 500), kind: .cursorrules),
            Example(String(repeating: "x", count: 50_000), kind: .copilot),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        return TargetCatalogue.budgets(for: document.kind).compactMap { budget in
            guard let (size, cut) = measure(document.source, budget) else { return nil }
            return Finding(range: cut..<document.source.bytes.count, message: message(size, budget), severity: budget.severity)
        }
    }

    /// The file's size in the budget's unit and the offset where the budget runs out, when over.
    private func measure(_ source: SourceText, _ budget: SizeBudget) -> (Int, Int)? {
        let bytes = source.bytes
        switch budget.unit {
        case .bytes:
            return bytes.count > budget.limit ? (bytes.count, budget.limit) : nil
        case .lines:
            let lines = source.lineCount
            return lines > budget.limit ? (lines, source.lineStarts[budget.limit]) : nil
        case .characters:
            // A file holds at most as many characters as bytes, so most files need no count.
            guard bytes.count > budget.limit else { return nil }
            return bytes.withUnsafeBufferPointer { buffer -> (Int, Int)? in
                var characters = 0
                var cut: Int?
                var offset = 0
                while offset < buffer.count {
                    if buffer[offset] & 0xC0 != 0x80 {
                        if characters == budget.limit { cut = offset }
                        characters += 1
                    }
                    offset += 1
                }
                guard let cut else { return nil }
                return (characters, cut)
            }
        }
    }

    private func message(_ size: Int, _ budget: SizeBudget) -> String {
        let unit: (plural: String, singular: String) = switch budget.unit {
        case .characters: ("characters", "character")
        case .bytes: ("bytes", "byte")
        case .lines: ("lines", "line")
        }
        let note = switch budget.source {
        case .vendor: ""
        case .secondHand: " (second-hand figure)"
        case .unconfirmed: " (unconfirmed figure)"
        }
        return "\(RulesFileSupport.grouped(size)) \(unit.plural), over \(budget.reader)'s "
            + "\(RulesFileSupport.grouped(budget.limit))-\(unit.singular) budget for \(budget.scope): "
            + "past it \(budget.reader) \(budget.pastLimit)\(note)"
    }
}
