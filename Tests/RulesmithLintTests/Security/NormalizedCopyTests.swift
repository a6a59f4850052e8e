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

    /// Thousands of anchors, packed a few bytes each with a checkpoint every 64: every copy byte
    /// still maps back to its own unit, across checkpoints and across a line left out between two
    /// kept ones.
    @Test func manyAnchorsMapBackAcrossCheckpointsAndDroppedLines() {
        let pairs = 1_000
        let kept = String(repeating: "a\u{A0}", count: pairs)
        let caseOnly = String(repeating: "\u{C9}", count: 300)  // É: only its case changes, so the line is left out
        let last = String(repeating: "x\u{200B}", count: 200)
        let (copy, bytes) = copy(kept + "\n" + caseOnly + "\n" + last + "\n")
        #expect(copy.bytes.count == 2 * pairs + 1 + 200 + 1)
        for pair in 0..<pairs {
            #expect(copy.source((2 * pair)..<(2 * pair + 1)) == (3 * pair)..<(3 * pair + 1))
            #expect(copy.source((2 * pair + 1)..<(2 * pair + 2)) == (3 * pair + 1)..<(3 * pair + 3))
        }
        let lastLine = offset(of: "x", in: bytes, from: 3 * pairs)
        let lastCopy = 2 * pairs + 1
        for x in 0..<200 {
            // Each x follows the zero-width space removed after the one before it.
            #expect(copy.source((lastCopy + x)..<(lastCopy + x + 1)) == (lastLine + 4 * x)..<(lastLine + 4 * x + 1))
        }
        #expect(copy.changeSummary(in: 0..<(3 * pairs)) == "normalising \(pairs) look-alike characters (NFKC)")
        #expect(copy.changeSummary(in: (3 * 700 + 1)..<(3 * 700 + 2)) == "normalising 1 look-alike character (NFKC)")
        #expect(copy.changeSummary(in: lastLine..<bytes.count) == "removing 200 invisible characters")
        #expect(copy.changeSummary(in: (3 * pairs + 1)..<lastLine) == nil)
    }

    /// A run of adjacent changes longer than many checkpoints counts whole from anywhere in it,
    /// and what follows it is still found.
    @Test func aLongRunIsSteppedOverWhole() {
        let run = String(repeating: "\u{200B}", count: 5_000)
        let (copy, bytes) = copy("a" + run + "b\u{FF21}\n")
        #expect(copy.changeSummary(in: 1..<2) == "removing 5000 invisible characters")
        #expect(copy.changeSummary(in: (3 * 4_000)..<(3 * 4_000 + 1)) == "removing 5000 invisible characters")
        #expect(copy.changeSummary(in: 0..<bytes.count)
            == "removing 5000 invisible characters and normalising 1 look-alike character (NFKC)")
        #expect(copy.source(1..<2) == (1 + 3 * 5_000)..<(2 + 3 * 5_000))
    }
}
