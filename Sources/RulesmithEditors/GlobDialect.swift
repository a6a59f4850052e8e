import RulesmithText

/// The glob conventions of each editor's frontmatter key: comma lists, brace groups, `**`.
public enum GlobDialect: String, Sendable, CaseIterable {
    /// Cursor `.mdc` `globs`: an unquoted comma-separated string (YAML lists accepted).
    case cursor
    /// Copilot `.instructions.md` `applyTo`: a quoted comma-separated string.
    case copilot
    /// Claude Code `.claude/rules` `paths`: a YAML list.
    case claude
    /// Kiro steering `fileMatchPattern`: a string or a list.
    case kiro
    /// Windsurf `globs` (with `trigger: glob`): shape unconfirmed; strings and lists accepted.
    case windsurf
    /// Cline `paths`: shape unconfirmed; strings and lists accepted.
    case cline

    /// The frontmatter key that holds the patterns.
    public var key: String {
        switch self {
        case .cursor, .windsurf: "globs"
        case .copilot: "applyTo"
        case .claude, .cline: "paths"
        case .kiro: "fileMatchPattern"
        }
    }

    /// The editor's name, for messages.
    public var editor: String {
        switch self {
        case .cursor: "Cursor"
        case .copilot: "Copilot"
        case .claude: "Claude Code"
        case .kiro: "Kiro"
        case .windsurf: "Windsurf"
        case .cline: "Cline"
        }
    }

    /// Problems with one pattern as this editor matches it, with byte ranges into `pattern`'s UTF-8.
    public func issues(in pattern: String) -> [GlobIssue] {
        scalarIssues(in: pattern).map { issue in
            var issue = issue
            let lower = Self.byteOffset(ofScalar: issue.range.lowerBound, in: pattern)
            let upper = Self.byteOffset(ofScalar: issue.range.upperBound, in: pattern)
            issue.range = lower..<max(lower, upper)
            return issue
        }
    }

    private static func byteOffset(ofScalar offset: Int, in text: String) -> Int {
        var bytes = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index >= offset { break }
            bytes += UTF8.width(scalar)
        }
        return bytes
    }

    private func scalarIssues(in pattern: String) -> [GlobIssue] {
        if pattern.isEmpty {
            return [GlobIssue(.doubtful, "empty pattern; \(editor) matches nothing with it", at: 0..<0)]
        }
        var issues: [GlobIssue] = []
        do {
            _ = try Glob(pattern)
        } catch {
            issues.append(GlobIssue(.unusable, "\(error.message) in '\(pattern)'", at: error.offset..<(error.offset + 1)))
        }
        let scalars = Array(pattern.unicodeScalars)
        let count = scalars.count
        if scalars.first == "/" {
            issues.append(GlobIssue(.doubtful, "'\(pattern)' is an absolute path; \(editor) matches paths relative to the workspace root", at: 0..<1))
        } else if count >= 2, scalars[1] == ":", scalars[0].properties.isAlphabetic {
            issues.append(GlobIssue(.unusable, "'\(pattern)' is a Windows absolute path; \(editor) matches paths relative to the workspace root", at: 0..<2))
        }
        if pattern.hasPrefix("./") {
            issues.append(GlobIssue(.doubtful, "'\(pattern)' starts with './'; \(editor) matches workspace paths without it, so drop the './'", at: 0..<2))
        }
        if let backslash = scalars.firstIndex(where: { $0 == "\\" }), isPathSeparatorBackslash(scalars, backslash) {
            issues.append(GlobIssue(.doubtful, "'\(pattern)' uses '\\' as a path separator; globs use '/' ('\\' escapes the next character)", at: backslash..<(backslash + 1)))
        }
        return issues
    }

    /// A backslash followed by a character that needs no escaping reads as a Windows separator.
    private func isPathSeparatorBackslash(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index + 1 < scalars.count else { return true }
        let next = scalars[index + 1]
        return !"*?[]{}\\,!".unicodeScalars.contains(next)
    }

    /// Splits a comma-separated pattern string at commas outside braces and brackets; each range
    /// is trimmed of blanks and indexes `bytes`.
    public static func splitCommaList(_ bytes: ArraySlice<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var depth = 0
        var bracket = false
        var start = bytes.startIndex
        var index = bytes.startIndex
        func emit(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
            ranges.append(lower..<upper)
        }
        while index < bytes.endIndex {
            switch bytes[index] {
            case 0x5C: index += 1
            case 0x5B: bracket = true
            case 0x5D: bracket = false
            case 0x7B where !bracket: depth += 1
            case 0x7D where !bracket: depth = max(0, depth - 1)
            case 0x2C where depth == 0 && !bracket:
                emit(index)
                start = index + 1
            default: break
            }
            index += 1
        }
        emit(bytes.endIndex)
        return ranges
    }
}

/// A problem with one glob pattern: how it affects matching, and a scalar range inside the pattern.
public struct GlobIssue: Sendable, Hashable {
    /// What the problem does to matching (lint turns it into a severity).
    public enum Impact: Sendable, Hashable {
        /// The editor cannot use the pattern as written.
        case unusable
        /// The pattern works but probably matches something other than what its author meant.
        case doubtful
    }

    public var impact: Impact
    public var message: String
    public var range: Range<Int>

    public init(_ impact: Impact, _ message: String, at range: Range<Int>) {
        self.impact = impact
        self.message = message
        self.range = range
    }
}
