import RulesmithEditors
import RulesmithText

/// The glob patterns of one frontmatter entry as an editor's dialect splits them, and the
/// findings their problems make.
enum FrontmatterGlobs {
    /// One pattern and where it sits (its own bytes when they map one to one, else the value's).
    struct Pattern {
        var text: String
        var range: Range<Int>
        /// Whether `range` covers exactly `text`, so issue offsets can point inside it.
        var isExact: Bool
    }

    /// The patterns of `value`: comma-split strings, list items as they are.
    static func patterns(of value: FrontmatterValue, in source: SourceText) -> [Pattern] {
        switch value {
        case .empty, .nested:
            return []
        case .scalar(let scalar):
            if scalar.text.allSatisfy(\.isWhitespace) { return [] }
            if let textRange = scalar.textRange {
                return GlobDialect.splitCommaList(source.bytes[textRange]).map {
                    Pattern(text: source.string($0), range: $0, isExact: true)
                }
            }
            let bytes = Array(scalar.text.utf8)
            return GlobDialect.splitCommaList(bytes[...]).map {
                Pattern(text: String(decoding: bytes[$0], as: UTF8.self), range: scalar.range, isExact: false)
            }
        case .list(let items):
            return items.map { item in
                Pattern(text: item.text, range: item.textRange ?? item.range, isExact: item.textRange != nil)
            }
        }
    }

    /// A finding for every problem of every pattern, placed inside the pattern where possible.
    static func issueFindings(_ patterns: [Pattern], dialect: GlobDialect) -> [Finding] {
        var findings: [Finding] = []
        for pattern in patterns {
            for issue in dialect.issues(in: pattern.text) {
                var range = pattern.range
                if pattern.isExact {
                    let lower = min(pattern.range.lowerBound + issue.range.lowerBound, pattern.range.upperBound)
                    range = lower..<max(lower, min(pattern.range.lowerBound + issue.range.upperBound, pattern.range.upperBound))
                    if pattern.text.isEmpty { range = pattern.range }
                }
                findings.append(Finding(range: range, message: "\(dialect.key): \(issue.message)", severity: issue.severity))
            }
        }
        return findings
    }

    /// Whether at least one pattern compiles.
    static func hasUsablePattern(_ patterns: [Pattern]) -> Bool {
        patterns.contains { !$0.text.isEmpty && (try? Glob($0.text)) != nil }
    }
}
