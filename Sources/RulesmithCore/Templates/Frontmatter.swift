/// Splits a Markdown file into its leading `---` YAML frontmatter and the body, by byte offsets.
public struct Frontmatter: Sendable, Hashable {
    /// The YAML between the fences (without them), or nil when the file has no frontmatter.
    public var yamlRange: Range<Int>?
    /// Where the body starts: after the closing fence line, or 0.
    public var bodyStart: Int

    /// Finds the frontmatter in `bytes`: an opening `---` line at byte 0 and the next `---` line.
    public init(_ bytes: [UInt8]) {
        yamlRange = nil
        bodyStart = 0
        guard let firstEnd = Self.fenceLineEnd(bytes, at: 0) else { return }
        var lineStart = firstEnd
        while lineStart < bytes.count {
            if let end = Self.fenceLineEnd(bytes, at: lineStart) {
                yamlRange = firstEnd..<lineStart
                bodyStart = end
                return
            }
            guard let newline = bytes[lineStart...].firstIndex(of: 0x0A) else { return }
            lineStart = newline + 1
        }
    }

    /// When a `---` line (trailing spaces and CR allowed) starts at `start`, the offset after it.
    static func fenceLineEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        guard start + 3 <= bytes.count, bytes[start] == 0x2D, bytes[start + 1] == 0x2D, bytes[start + 2] == 0x2D else {
            return nil
        }
        var index = start + 3
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D { index += 1 }
        if index == bytes.count { return index }
        return bytes[index] == 0x0A ? index + 1 : nil
    }
}
