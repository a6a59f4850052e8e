import RulesmithTestSupport
import Testing
@testable import RulesmithText

/// The cursor the linter places findings with gives exactly `SourceText.position(ofByte:)`.
struct PositionCursorTests {
    @Test func everyOffsetInOrderAndOutOfOrderMatchesTheLineIndex() {
        let text = "ab\u{00E9}c\r\n\u{1F600}x\ry\n\n\u{200B}\u{200B}z" + String(repeating: "\u{4E2D}a", count: 50) + "\nend"
        let source = SourceText(text)
        var cursor = PositionCursor(source)
        for offset in -2...(source.bytes.count + 2) {
            #expect(cursor.position(ofByte: offset) == source.position(ofByte: offset), "offset \(offset)")
        }
        var generator = SplitMix64(state: 7)
        for _ in 0..<500 {
            let offset = Int(generator.next() % UInt64(source.bytes.count + 1))
            #expect(cursor.position(ofByte: offset) == source.position(ofByte: offset), "offset \(offset)")
        }
    }

    @Test func endsCountFromTheirStart() {
        let source = SourceText("a\u{00E9}\u{1F600}b\nc\u{200B}d\n")
        let cursor = PositionCursor(source)
        for start in 0...source.bytes.count {
            for end in start...source.bytes.count {
                let position = source.position(ofByte: start)
                #expect(cursor.position(ofByte: end, after: start, at: position) == source.position(ofByte: end), "\(start)..<\(end)")
            }
        }
    }
}
