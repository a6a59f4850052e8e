import RulesmithTestSupport
import Testing
@testable import RulesmithLint

/// RP001 reads a code span as a repository path on its bytes when the span is ASCII (the hot
/// path of a monorepo's lint); that reading must answer exactly as the Character-by-Character one.
@Suite struct RepositoryPathReadingTests {
    @Test func byteReadingAnswersAsTheCharacterReading() {
        let pieces = ["a", "b/", "./", ".", "..", "/", "//", ":", ":12", "12", "-", "x.py", "*", " ", "\t", "\n", "@", "`", "src", "_", "~", "%", "é", "\r\n", "\r"]
        var generator = SplitMix64(seed: 20)
        var checked = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var copy = text
            let fast = copy.withUTF8(MissingPathRule.asciiRepositoryPath)
            guard case .some(let answer) = fast else {
                #expect(text.utf8.contains { $0 >= 0x80 || $0 == 0x0D })
                continue
            }
            #expect(answer == MissingPathRule.unicodeRepositoryPath(text), "\(text.debugDescription)")
            checked += 1
        }
        #expect(checked > 10_000)
        #expect(MissingPathRule.repositoryPath("./app/models/user.py:12") == "app/models/user.py")
        #expect(MissingPathRule.repositoryPath("app/é/x.py") == "app/é/x.py")
    }
}
