import RulesmithText
import Testing
@testable import RulesmithLint

/// The normalised copy the second security pass reads: what it holds, how each of its bytes maps
/// back to the scanned text, and what changed where.
struct NormalizedCopyTests {
    private func copy(_ text: String) -> (NormalizedCopy, [UInt8]) {
        let source = SourceText(text)
        return (NormalizedCopy(SecurityText(source)), source.bytes)
    }

    private func offset(of needle: String, in bytes: [UInt8], from start: Int = 0) -> Int {
        let pattern = Array(needle.utf8)
        return (start...(bytes.count - pattern.count)).first { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }!
    }

    @Test func onlyChangedLinesAreCopiedAndEachByteMapsBack() {
        let text = "plain line\nx\u{200B}\u{200B}y\u{FF21}z\u{A0}w\nstill plain \u{E9}\n"
        let (copy, bytes) = copy(text)
        #expect(String(decoding: copy.bytes, as: UTF8.self) == "xyaz w\n") // letters are lower-cased for the keyword scan
        #expect(copy.lineStarts == [0])
        let x = offset(of: "x", in: bytes)
        #expect(copy.source(0..<1) == x..<(x + 1))
        // "y" follows the two removed zero-width spaces.
        let y = offset(of: "y", in: bytes)
        #expect(copy.source(1..<2) == y..<(y + 1))
        // "a" stands for the whole fullwidth letter; "z" and the space follow it.
        #expect(copy.source(2..<3) == (y + 1)..<(y + 4))
        #expect(copy.source(3..<4) == (y + 4)..<(y + 5))
        #expect(copy.source(4..<5) == (y + 5)..<(y + 7))
        #expect(copy.source(1..<4) == y..<(y + 5))
        // The line break added after the line maps to its end.
        let end = offset(of: "w", in: bytes) + 1
        #expect(copy.source(6..<7) == end..<end)
    }

    @Test func aRunOfAdjacentChangesCountsWholeWhereverItIsTouched() {
        let (copy, bytes) = copy("a\u{200B}\u{200B}\u{200B}b\u{200B}c\u{FF21}\u{FF22}\n")
        let first = offset(of: "\u{200B}", in: bytes)
        #expect(copy.changeSummary(in: (first + 3)..<(first + 4)) == "removing 3 invisible characters")
        #expect(copy.changeSummary(in: 0..<bytes.count)
            == "removing 4 invisible characters and normalising 2 look-alike characters (NFKC)")
        let lone = offset(of: "b", in: bytes) + 1
        #expect(copy.changeSummary(in: lone..<(lone + 1)) == "removing 1 invisible character")
        #expect(copy.changeSummary(in: 0..<1) == nil)
    }

    @Test func tagCharactersAreDecodedAndMapToTheirWholeScalar() {
        let tags = "\u{E0069}\u{E0067}\u{E006E}"  // "ign" in tag characters
        let (copy, bytes) = copy("say \(tags)!\n")
        #expect(String(decoding: copy.bytes, as: UTF8.self) == "say ign!\n")
        let tag = offset(of: tags, in: bytes)
        #expect(copy.source(4..<5) == tag..<(tag + 4))
        #expect(copy.source(7..<8) == (tag + 12)..<(tag + 13))
        #expect(copy.changeSummary(in: tag..<(tag + 1)) == "decoding 3 tag characters")
    }
}
