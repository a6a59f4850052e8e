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

    /// JSON and TOML configurations (MCP servers, agent hooks) have no Markdown line to prefix and
    /// no HTML comment to suppress with: their examples run only as written (`RuleExampleTests`).
    static func hasMarkdownVariants(_ example: Example) -> Bool {
        ![FileKind.mcpConfig, .agentHooks].contains(example.kind)
    }

    @Test(arguments: ruleIDs)
    func examplesBehindAMultiBytePrefix(ruleID: String) throws {
        let description = try #require(RuleCatalogue.standard.description(for: ruleID))
        guard !description.traits.contains(.noPrefixVariant) else { return }
        for example in description.triggering where Self.hasMarkdownVariants(example) {
            let (text, markers) = example.strippedText
            let variant = MultiBytePrefix(text, kind: example.kind)
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
        for example in description.nonTriggering where Self.hasMarkdownVariants(example) {
            let variant = MultiBytePrefix(example.strippedText.text, kind: example.kind)
            let diagnostics = ExampleLinter.diagnostics(forText: variant.text, of: example, rule: description)
            #expect(diagnostics.isEmpty, "\(ruleID) fired behind a multi-byte prefix: \(diagnostics.map(\.message))\n\(variant.text)")
        }
    }

    @Test(arguments: ruleIDs)
    func triggeringExamplesWithASuppressionComment(ruleID: String) throws {
        let description = try #require(RuleCatalogue.standard.description(for: ruleID))
        guard description.traits.isDisjoint(with: [.judgesSuppressions, .noCommentVariant]) else { return }
        for example in description.triggering where Self.hasMarkdownVariants(example) {
            let (text, markers) = example.strippedText
            let variant = SuppressionComment(text, ruleID: ruleID, kind: example.kind)
            let all = ExampleLinter.allDiagnostics(forText: variant.text, of: example, rule: description)
            let own = all.filter { $0.ruleID == ruleID }
            let atDirective = all.filter { $0.byteRange.lowerBound == variant.offset }.map(\.ruleID)
            #expect(!atDirective.contains(SuppressionRules.unusedID), "\(ruleID): the comment drew RS001:\n\(variant.text)")
            #expect(!atDirective.contains(SuppressionRules.unknownID), "\(ruleID): the comment drew RS002:\n\(variant.text)")
            if description.isSuppressibleInline {
                #expect(own.isEmpty, "\(ruleID) was not silenced by a comment: \(own.map(\.message))\n\(variant.text)")
                #expect(!atDirective.contains(SuppressionRules.securityInlineID), "\(ruleID): the comment drew RS003")
            } else {
                #expect(atDirective.contains(SuppressionRules.securityInlineID), "\(ruleID): the comment did not draw RS003")
                if !markers.isEmpty {
                    #expect(Set(markers.map(variant.shifted)).isSubset(of: Set(own.map(\.byteRange.lowerBound))),
                            "\(ruleID) was silenced by a comment, which no security rule may be:\n\(variant.text)")
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

/// An example's text with a `rulesmith-disable-file` comment for the rule: in an llms.txt before
/// its first H2 (a comment inside a section is itself a finding, LT040, and the reference parser
/// fails on it), elsewhere at the end.
struct SuppressionComment {
    let text: String
    /// Byte offset of the comment, and the bytes inserted there.
    let offset: Int
    let length: Int

    init(_ original: String, ruleID: String, kind: FileKind) {
        let directive = "<!-- rulesmith-disable-file \(ruleID) -->"
        let bytes = Array(original.utf8)
        var inserted = directive + "\n"
        var at = bytes.count
        if kind == .llmsTxt, let h2 = Self.firstH2OutsideFences(bytes) {
            at = h2
        } else if !original.isEmpty, !original.hasSuffix("\n") {
            inserted = "\n" + directive
        } else if original.isEmpty {
            inserted = directive
        }
        offset = inserted.hasPrefix("\n") ? at + 1 : at
        length = inserted.utf8.count
        text = String(decoding: Array(bytes[..<at]) + Array(inserted.utf8) + Array(bytes[at...]), as: UTF8.self)
    }

    func shifted(_ marker: Int) -> Int { marker >= offset ? marker + length : marker }

    private static func firstH2OutsideFences(_ bytes: [UInt8]) -> Int? {
        var fenced = false
        for line in MultiBytePrefix.lines(bytes, from: 0) {
            let text = bytes[line]
            if text.starts(with: Array("```".utf8)) || text.starts(with: Array("~~~".utf8)) { fenced.toggle() }
            if !fenced, text.starts(with: Array("## ".utf8)) { return line.lowerBound }
        }
        return nil
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

    init(_ original: String, kind: FileKind) {
        let bytes = Array(original.utf8)
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if bytes[start...].starts(with: Array("---".utf8)), let close = Self.closingFence(bytes, from: start) { start = close }
        // Blank lines stay before the prefix; in an llms.txt the prefix goes into the H1 wherever
        // it is (what may stand before the H1 is the rules' business, not the variant's).
        var lines = Self.lines(bytes, from: start)
        lines = Array(lines.drop(while: { bytes[$0].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }))
        if kind == .llmsTxt, let h1 = lines.first(where: { bytes[$0].starts(with: Array("# ".utf8)) }) {
            lines = [h1]
        }
        let first = lines.first ?? bytes.count..<bytes.count
        var at = first.lowerBound
        var inserted = Self.line
        if bytes[first].first == UInt8(ascii: "#") {
            var cursor = first.lowerBound
            while cursor < first.upperBound, bytes[cursor] == UInt8(ascii: "#") { cursor += 1 }
            if cursor < first.upperBound, bytes[cursor] == UInt8(ascii: " ") {
                at = cursor + 1
                inserted = Self.words
            }
        }
        offset = at
        length = inserted.utf8.count
        text = String(decoding: Array(bytes[..<at]) + Array(inserted.utf8) + Array(bytes[at...]), as: UTF8.self)
    }

    /// The byte ranges of the lines from `start` (without their line feeds).
    static func lines(_ bytes: [UInt8], from start: Int) -> [Range<Int>] {
        var output: [Range<Int>] = []
        var lineStart = start
        while lineStart < bytes.count {
            let end = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            output.append(lineStart..<end)
            lineStart = end + 1
        }
        return output
    }

    /// Where a finding at `marker` in the original text starts now (a finding at the insertion
    /// point may also start before the prefix: `shiftedPast` says the other).
    func shifted(_ marker: Int) -> Int { marker > offset ? marker + length : marker }
    func shiftedPast(_ marker: Int) -> Int { marker >= offset ? marker + length : marker }

    /// The offset just after the closing `---` line of the frontmatter opening at `start`.
    private static func closingFence(_ bytes: [UInt8], from start: Int) -> Int? {
        let all = lines(bytes, from: start)
        guard let opening = all.first, isFence(bytes[opening]) else { return nil }
        for line in all.dropFirst() where isFence(bytes[line]) { return min(line.upperBound + 1, bytes.count) }
        return nil
    }

    private static func isFence(_ line: ArraySlice<UInt8>) -> Bool {
        Array(line) == Array("---".utf8) || Array(line) == Array("---\r".utf8)
    }
}
