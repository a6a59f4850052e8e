import RulesmithText

/// HK001: a hook configuration that is not strict JSON.
struct HooksInvalidJSONRule: Rule {
    let description = RuleDescription(
        id: "HK001", name: "invalid-hooks-json",
        summary: "A hook configuration is not valid JSON",
        rationale: """
            Claude Code, Copilot and Cursor read their settings and hook files as strict JSON; a \
            file that does not parse loads no hook at all, so a guard the team relies on is gone.
            """,
        kinds: [.agentHooks], tags: [.hooks, .syntax], defaultSeverity: .error,
        triggering: [
            Example("{\n  \"hooks\": {\n    \"PreToolUse\": [↓}\n}\n", kind: .agentHooks),
            Example("{\n  ↓// guards\n  \"hooks\": {}\n}\n", kind: .agentHooks),
        ],
        nonTriggering: [
            Example("{\n  \"hooks\": {\"Stop\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"make lint\"}]}]}\n}\n", kind: .agentHooks),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText, let dialect = HookFile.dialect(of: document) else { return [] }
        let scan = AgentFileSupport.json(document)
        if let error = scan.error {
            let at = min(error.offset, document.source.bytes.count)
            return [Finding(range: at..<at, message: "not valid JSON: \(error.reason); \(dialect.rawValue) loads no hook from this file")]
        }
        if let offset = scan.firstJSONCOffset {
            return [Finding(range: offset..<offset + 1, message: "comments and trailing commas are not JSON; \(dialect.rawValue) refuses the file")]
        }
        return []
    }
}
