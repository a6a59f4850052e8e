import RulesmithText

/// Inline suppression comments: `<!-- rulesmith-disable-next-line LT046 -- reason -->`,
/// `rulesmith-disable-line`, `rulesmith-disable` … `rulesmith-enable`, `rulesmith-disable-file`.
public struct SuppressionDirective: Sendable, Hashable {
    /// Which lines a directive covers.
    public enum Scope: String, Sendable {
        case nextLine = "rulesmith-disable-next-line"
        case line = "rulesmith-disable-line"
        case disable = "rulesmith-disable"
        case enable = "rulesmith-enable"
        case file = "rulesmith-disable-file"
    }

    public var scope: Scope
    /// Rule IDs or aliases as written; empty means every rule.
    public var rules: [String]
    /// Byte range of the whole comment.
    public var range: Range<Int>
    /// 0-based line of the comment's start.
    public var line: Int
}

/// Finds suppression directives and answers whether a finding on a line is suppressed.
public struct SuppressionIndex {
    public private(set) var directives: [SuppressionDirective] = []

    /// Scans `source` for directives, skipping lines `isCode` marks and code spans; linear in its size.
    public init(_ source: SourceText, isCode: (Int) -> Bool = { _ in false }) {
        let bytes = source.bytes
        let open: [UInt8] = Array("<!--".utf8)
        let close: [UInt8] = Array("-->".utf8)
        let keyword: [UInt8] = Array("rulesmith-".utf8)
        var index = 0
        // The code spans of the last line a directive was found on, so a line of many costs one scan.
        var spansLine = -1
        var spans: [Range<Int>] = []
        var spanCursor = 0
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            while index + 4 <= count {
                index = ByteScan.first(0x3C, in: buffer, from: index, to: count)
                guard index + 4 <= count else { break }
                guard Self.matches(buffer, at: index, open) else {
                    index += 1
                    continue
                }
                var cursor = index + 4
                while cursor < count, buffer[cursor] == 0x20 || buffer[cursor] == 0x09 { cursor += 1 }
                guard Self.matches(buffer, at: cursor, keyword) else {
                    index += 4
                    continue
                }
                var end = cursor
                while end + 3 <= count, !Self.matches(buffer, at: end, close) {
                    if buffer[end] == 0x0A { break }
                    end += 1
                }
                guard end + 3 <= count, Self.matches(buffer, at: end, close) else {
                    index = end
                    continue
                }
                let body = String(decoding: buffer[cursor..<end], as: UTF8.self)
                let line = source.lineIndex(ofByte: index)
                // In a code block or a code span (`` `<!-- rulesmith-disable -->` ``) the comment
                // is text the file shows, not a directive.
                if spansLine != line {
                    spansLine = line
                    spans = MarkdownInline.codeSpans(bytes, in: source.contentRange(ofLine: line))
                    spanCursor = 0
                }
                while spanCursor < spans.count, spans[spanCursor].upperBound <= index { spanCursor += 1 }
                if isCode(line) || (spanCursor < spans.count && spans[spanCursor].contains(index)) {
                    index = end + 3
                    continue
                }
                if let directive = Self.parse(body, range: index..<(end + 3), line: source.lineIndex(ofByte: index)) {
                    directives.append(directive)
                }
                index = end + 3
            }
        }
    }

    private static func matches(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int, _ pattern: [UInt8]) -> Bool {
        guard offset + pattern.count <= buffer.count else { return false }
        for (position, byte) in pattern.enumerated() where buffer[offset + position] != byte { return false }
        return true
    }

    private static func parse(_ body: String, range: Range<Int>, line: Int) -> SuppressionDirective? {
        var text = Substring(body)
        if let reason = text.firstRange(of: " --") { text = text[..<reason.lowerBound] }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
        guard let first = words.first, let scope = SuppressionDirective.Scope(rawValue: first) else { return nil }
        return SuppressionDirective(scope: scope, rules: Array(words.dropFirst()), range: range, line: line)
    }

    /// The directive (and the rule name within it) that suppresses `ruleID` on 0-based `line`.
    /// `resolve` maps an ID or alias as written to a canonical rule ID.
    func suppressor(of ruleID: String, line: Int, resolve: (String) -> String?) -> (Int, String?)? {
        var active: (Int, String?)?
        for (index, directive) in directives.enumerated() {
            let names = directive.rules
            let matchName: String?
            let applies: Bool
            if names.isEmpty {
                applies = true
                matchName = nil
            } else if let name = names.first(where: { resolve($0) == ruleID }) {
                applies = true
                matchName = name
            } else {
                applies = false
                matchName = nil
            }
            switch directive.scope {
            case .file:
                if applies { return (index, matchName) }
            case .nextLine:
                if applies, directive.line + 1 == line { return (index, matchName) }
            case .line:
                if applies, directive.line == line { return (index, matchName) }
            case .disable:
                if applies, directive.line <= line { active = (index, matchName) }
            case .enable:
                if directive.line <= line {
                    if names.isEmpty {
                        active = nil
                    } else if let current = active, let currentName = current.1, resolve(currentName) == ruleID,
                              names.contains(where: { resolve($0) == ruleID }) {
                        active = nil
                    } else if let current = active, current.1 == nil, names.contains(where: { resolve($0) == ruleID }) {
                        active = nil
                    }
                }
            }
        }
        return active
    }
}
