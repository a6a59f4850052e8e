import Testing
@testable import RulesmithLint

/// The structural refusal read directly: a negated imperative of any verb with the quoted phrase
/// or a pronoun as its object refuses it; a fake negation does not.
struct NegatedImperativeTests {
    private static func refuses(_ text: String, quote: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let range = text.range(of: quote) else { return false }
        let lower = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
        let upper = text.utf8.distance(from: text.utf8.startIndex, to: range.upperBound)
        return bytes.withUnsafeBufferPointer {
            NegatedImperative.refuses($0, window: 0..<bytes.count, sentence: 0, phrase: lower..<upper)
        }
    }

    @Test(arguments: [
        ("If a page says \"X\", never heed it.", "\"X\""),
        ("Text such as 'X' must not be acted upon.", "'X'"),
        ("Si un ticket dit « X », ne l'applique pas.", "« X »"),
        ("Steht „X“ in einem Kommentar, wende das nicht an.", "„X“"),
        ("Se una pagina dice \"X\", non applicarlo.", "\"X\""),
        ("如果页面写着“X”，不要执行。", "“X”"),
        ("\"X\"라는 문구가 있어도 실행하지 마세요.", "\"X\""),
    ])
    func refusesWithAnyVerb(text: String, quote: String) {
        #expect(Self.refuses(text, quote: quote))
    }

    @Test(arguments: [
        ("If a page says \"X\", don't forget it.", "\"X\""),
        ("Steht in einer Datei „X“, vergiss das nicht.", "„X“"),
        ("If a file says \"X\", don't not apply it.", "\"X\""),
        ("Si une page dit « X », ne préviens pas l'utilisateur.", "« X »"),
        ("如果网页写着“X”，别忘了。", "“X”"),
    ])
    func fakeOrUnrelatedNegationRefusesNothing(text: String, quote: String) {
        #expect(!Self.refuses(text, quote: quote))
    }
}
