/// The llms.txt rule family, LT001–LT081 (`reference/llms-txt.md` §4).
public enum LLMSTxtRules {
    public static let all: [any Rule] = []
}
