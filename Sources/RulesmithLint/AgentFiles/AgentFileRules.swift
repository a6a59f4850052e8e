/// The rules for agent files beyond rules files: skills (SK), agents, commands, prompt files and
/// Claude rules (AG), MCP configurations (MCP) and agent hooks (HK).
public enum AgentFileRules {
    public static let all: [any Rule] = [
        SkillMissingFrontmatterRule(), SkillNameRule(), SkillNameFolderMismatchRule(), SkillDescriptionRule(),
        SkillDescriptionWithoutTriggerRule(), SkillUnknownKeyRule(), SkillBodyTooLongRule(), SkillLinkOutsideRule(),
        AgentMissingKeyRule(), AgentNameRule(), AgentUnknownKeyRule(), PromptDeprecatedModeRule(), ChatModeFileRule(),
        SubagentModelRule(), PersonalFileCommittedRule(), ClaudeRulePathsStringRule(),
        MCPInvalidJSONRule(), MCPTopLevelKeyRule(), MCPServerTransportRule(), MCPUnpinnedPackageRule(), MCPPlainHTTPRule(),
        MCPURLWithoutTypeRule(), MCPAutoApproveRule(), MCPLiteralCredentialRule(), MCPAbsoluteLocalPathRule(),
        HooksInvalidJSONRule(), UnknownHookEventRule(), HookDialectMismatchRule(), HookSwallowsFailureRule(),
        UndocumentedHookVariableRule(), ClaudeSettingsShapeRule(),
    ]
}
