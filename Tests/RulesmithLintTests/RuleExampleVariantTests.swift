import RulesmithEditors
import RulesmithText
import Testing
@testable import RulesmithLint

/// Every rule's examples again, in SwiftLint's variants: behind a line (or heading text) of
/// multi-byte characters, where findings must move by exactly the inserted bytes and keep correct
/// line:column positions; and with a `rulesmith-disable-file` comment, which must silence the
/// rule without drawing RS001, or, for a rule no comment may silence, leave its findings in place
/// and draw RS003.
struct RuleExampleVariantTests {
    static let ruleIDs = RuleCatalogue.standard.descriptions.map(\.id)

    @Test(arguments: ruleIDs)
    func examplesBehindAMultiBytePrefix(ruleID: String) throws {
        let description = try #require(RuleCatalogue.standard.description(for: ruleID))
        guard !description.traits.contains(.positionBound) else { return }
        for example in description.triggering {
            let (text, markers) = example.strippedText
            let variant = MultiBytePrefix(text)
            let diagnostics = ExampleLinter.diagnostics(forText: variant.text, of: example, rule: description)
            let starts = Set(diagnostics.map(\.byteRange.lowerBound))
            if markers.isEmpty {
                #expect(!diagnostics.isEmpty, "\(ruleID) did not fire behind a multi-byte prefix:\n\(variant.text)")
            } else {
                #expect(starts == Set(markers.map(variant.shifted)) || starts == Set(markers.map(variant.shiftedPast)),
                        "\(ruleID) fired at \(starts.sorted()) behind a multi-byte prefix, expected \(markers.map(variant.shifted)):\n\(variant.text)")
            }
            for diagnostic in diagnostics {
                let expected = Self.position(ofByte: diagnostic.byteRange.lowerBound, in: variant.text)
                #expect(diagnostic.start == expected, "\(ruleID) placed a finding at \(diagnostic.start), expected \(expected)")
            }
        }
        for example in description.nonTriggering {
            let variant = MultiBytePrefix(example.strippedText.text)
            let diagnostics = ExampleLinter.diagnostics(forText: variant.text, of: example, rule: description)
            #expect(diagnostics.isEmpty, "\(ruleID) fired behind a multi-byte prefix: \(diagnostics.map(\.message))\n\(variant.text)")
        }
    }

    @Test(arguments: ruleIDs)
    func triggeringExamplesWithASuppressionComment(ruleID: String) throws {
        let description = try #require(RuleCatalogue.standard.description(for: ruleID))
        guard !description.traits.contains(.judgesSuppressions) else { return }
        for example in description.triggering {
            let (text, markers) = example.strippedText
            let directive = "<!-- rulesmith-disable-file \(ruleID) -->"
            let separator = text.isEmpty || text.hasSuffix("\n") ? "" : "\n"
            let variant = text + separator + directive + (text.hasSuffix("\n") ? "\n" : "")
            let directiveStart = (text + separator).utf8.count
            let all = ExampleLinter.allDiagnostics(forText: variant, of: example, rule: description)
            let own = all.filter { $0.ruleID == ruleID }
            let atDirective = all.filter { $0.byteRange.lowerBound == directiveStart }.map(\.ruleID)
            #expect(!atDirective.contains(SuppressionRules.unusedID), "\(ruleID): the comment drew RS001:\n\(variant)")
            #expect(!atDirective.contains(SuppressionRules.unknownID), "\(ruleID): the comment drew RS002:\n\(variant)")
            if description.isSuppressibleInline {
                #expect(own.isEmpty, "\(ruleID) was not silenced by '\(directive)': \(own.map(\.message))\n\(variant)")
                #expect(!atDirective.contains(SuppressionRules.securityInlineID), "\(ruleID): the comment drew RS003")
            } else {
                #expect(atDirective.contains(SuppressionRules.securityInlineID), "\(ruleID): '\(directive)' did not draw RS003")
                if !markers.isEmpty {
                    #expect(Set(markers).isSubset(of: Set(own.map(\.byteRange.lowerBound))),
                            "\(ruleID) was silenced by a comment, which no security rule may be:\n\(variant)")
                }
            }
        }
    }

    /// Line and column (Unicode scalars) of `offset`, counted here rather than by the engine.
    static func position(ofByte offset: Int, in text: String) -> SourcePosition {
        let before = Array(text.utf8)[..<offset]
        let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let line = before.filter { $0 == 0x0A }.count + 1
        let column = String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1
        return SourcePosition(line: line, column: column)
    }
}

/// An example's text with multi-byte text put before its first body line (after any
/// frontmatter): inside a heading, after its `#`s, so the heading stays first; otherwise as a
/// paragraph line of its own.
struct MultiBytePrefix {
    static let words = "🦊 日本語 "
    static let line = "🦊 日本語のメモ。\n\n"

    let text: String
    /// Byte offset the prefix went in at, and its length.
    let offset: Int
    let length: Int

    init(_ original: String) {
        let bytes = Array(original.utf8)
        var start = 0
        if original.hasPrefix("---\n"), let close = Self.closingFence(bytes) { start = close }
        let inserted: String
        var at = start
        if bytes[start...].starts(with: Array("#".utf8)) {
            var cursor = start
            while cursor < bytes.count, bytes[cursor] == UInt8(ascii: "#") { cursor += 1 }
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") {
                at = cursor + 1
                inserted = Self.words
            } else {
                inserted = Self.line
            }
        } else {
            inserted = Self.line
        }
        offset = at
        length = inserted.utf8.count
        text = String(decoding: Array(bytes[..<at]) + Array(inserted.utf8) + Array(bytes[at...]), as: UTF8.self)
    }

    /// Where a finding at `marker` in the original text starts now (a finding at the insertion
    /// point may also start before the prefix: `shiftedPast` says the other).
    func shifted(_ marker: Int) -> Int { marker > offset ? marker + length : marker }
    func shiftedPast(_ marker: Int) -> Int { marker >= offset ? marker + length : marker }

    /// The offset just after the frontmatter's closing `---` line.
    private static func closingFence(_ bytes: [UInt8]) -> Int? {
        var lineStart = 4
        while lineStart < bytes.count {
            let end = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            if Array(bytes[lineStart..<end]) == Array("---".utf8) { return min(end + 1, bytes.count) }
            lineStart = end + 1
        }
        return nil
    }
}
