/// The rules-file families: RF (every kind), MDC (Cursor), CP (Copilot), WS (Windsurf), KR (Kiro).
public enum RulesFileRules {
    public static let all: [any Rule] = []
    /// Rules that compare files with each other (RF005).
    public static let project: [any ProjectRule] = []
}
