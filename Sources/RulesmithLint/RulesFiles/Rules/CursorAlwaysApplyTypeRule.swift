/// MDC004: `alwaysApply` that is not a YAML boolean.
struct CursorAlwaysApplyTypeRule: Rule {
    let description = RuleDescription(
        id: "MDC004", name: "non-boolean-always-apply",
        summary: "alwaysApply is not a boolean",
        rationale: """
            Cursor expects alwaysApply: true or alwaysApply: false. A quoted "true" is a string, \
            and yes/no/on/off are strings to a YAML 1.2 reader, so the rule's activation depends on \
            how leniently the editor coerces it. Turning a quoted "true" or "false" into the \
            boolean is a safe fix; yes/no/on/off/1/0 are fixed only with --unsafe-fixes.
            """,
        kinds: [.cursorMdc], tags: ["cursor", "frontmatter"], defaultSeverity: .error, fix: .safe,
        triggering: [
            Example("---\nalwaysApply: ↓\"true\"\n---\nBody\n", kind: .cursorMdc),
            Example("---\nalwaysApply: ↓yes\n---\nBody\n", kind: .cursorMdc),
            Example("---\nalwaysApply: ↓sometimes\n---\nBody\n", kind: .cursorMdc),
        ],
        nonTriggering: [
            Example("---\nalwaysApply: true\n---\nBody\n", kind: .cursorMdc),
            Example("---\nalwaysApply: False # not yet\n---\nBody\n", kind: .cursorMdc),
        ],
        corrections: [
            Correction(Example("---\nalwaysApply: ↓\"true\"\n---\nBody\n", kind: .cursorMdc), "---\nalwaysApply: true\n---\nBody\n"),
            Correction(Example("---\nalwaysApply: ↓'FALSE'\n---\nBody\n", kind: .cursorMdc), "---\nalwaysApply: false\n---\nBody\n"),
            Correction(Example("---\nalwaysApply: ↓off\n---\nBody\n", kind: .cursorMdc), "---\nalwaysApply: false\n---\nBody\n"),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText, let entry = document.analysis(Frontmatter.self).entry("alwaysApply") else { return [] }
        switch entry.value {
        case .empty:
            return []
        case .scalar(let scalar):
            if scalar.boolValue != nil { return [] }
            let text = scalar.text.trimmingBlanks()
            let lower = text.lowercased()
            if scalar.isQuoted, lower == "true" || lower == "false" {
                return [finding(entry, "alwaysApply is the string \"\(text)\"; Cursor expects the boolean \(lower) without quotes", fix: lower, .safe)]
            }
            let coerced: String? = switch lower {
            case "yes", "on", "1", "y": "true"
            case "no", "off", "0", "n": "false"
            default: nil
            }
            if let coerced {
                return [finding(entry, "alwaysApply is '\(text)', a string to Cursor's YAML reader; write \(coerced)", fix: coerced, .unsafe)]
            }
            return [finding(entry, "alwaysApply is '\(FrontmatterReader.clip(text))'; Cursor expects true or false", fix: nil, .safe)]
        case .list, .nested:
            return [finding(entry, "alwaysApply is a list or map; Cursor expects true or false", fix: nil, .safe)]
        }
    }

    private func finding(_ entry: FrontmatterEntry, _ message: String, fix value: String?, _ applicability: FixApplicability) -> Finding {
        let fix = value.map { Fix(applicability, title: "Write alwaysApply: \($0)", edits: [TextEdit(range: entry.valueRange, replacement: $0)]) }
        return Finding(range: entry.valueRange, message: message, fix: fix)
    }
}
