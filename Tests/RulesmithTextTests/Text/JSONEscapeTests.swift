import Testing
@testable import RulesmithText

/// The JSON writers share one escape set: the byte-level `JSONValue.escape` (the lint reporter's
/// fast path) escapes exactly the scalars `JSONValue.mustEscape` names (the registry's writer).
struct JSONEscapeTests {
    @Test func theFastPathEscapesExactlyTheSharedSet() {
        let scalars = Array(0..<0x3000) + [0xFEFF, 0xFFFD, 0x1F600, 0xE0041]
        for value in scalars {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let text = String(Character(scalar))
            let written = JSONValue.string(text).serialized()
            let escaped = written != "\"" + text + "\""
            #expect(escaped == JSONValue.mustEscape(UInt32(value)), "U+\(String(value, radix: 16))")
        }
    }
}
