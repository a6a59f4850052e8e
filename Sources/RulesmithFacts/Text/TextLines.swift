/// A text split into lines once, to give facts their line numbers.
public struct TextLines: Sendable {
    public let lines: [Substring]

    public init(_ text: String) {
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    /// The 1-based number of the first line containing `needle` at or after `start`.
    public func line(containing needle: String, from start: Int = 1) -> Int? {
        guard start >= 1 else { return nil }
        var index = start - 1
        while index < lines.count {
            if lines[index].contains(needle) { return index + 1 }
            index += 1
        }
        return nil
    }

    /// The line of a JSON key `"key"` that follows the line of `"section"` (for package.json).
    public func jsonKeyLine(_ key: String, inSection section: String?) -> Int? {
        var start = 1
        if let section, let sectionLine = line(containing: "\"\(section)\"") { start = sectionLine }
        return line(containing: "\"\(key)\"", from: start)
    }
}
