/// The rules-file families: RF (every kind), MDC (Cursor), CP (Copilot), WS (Windsurf), KR (Kiro).
public enum RulesFileRules {
    public static let all: [any Rule] = [
        EmptyRulesFileRule(),
        OverSizeBudgetRule(),
        BrokenReferenceRule(),
        AbsoluteLocalPathRule(),
        LegacyFileNameRule(),
        NotUTF8TextRule(),
        ImportChainRule(),
        SymlinkAsTextRule(),
        CursorMissingFrontmatterRule(),
        CursorUnreadableFrontmatterRule(),
        CursorUnknownKeyRule(),
        CursorAlwaysApplyTypeRule(),
        CursorInvalidGlobRule(),
        CursorAmbiguousActivationRule(),
        CursorEmptyBodyRule(),
        CursorGlobWithoutDotRule(),
        CopilotApplyToRule(),
        CopilotExcludeAgentRule(),
        WindsurfTriggerRule(),
        WindsurfGlobTriggerRule(),
        KiroInclusionRule(),
        KiroFileMatchPatternRule(),
        KiroAutoInclusionRule(),
    ]
    /// Rules that compare files with each other (RF005).
    public static let project: [any ProjectRule] = [DuplicateInstructionsRule()]
}
