import RulesmithText

/// The `<!-- rulesmith:begin ID -->` … `<!-- rulesmith:end ID -->` blocks of a partly managed
/// file: only their insides belong to rulesmith; every other byte is the user's.
public struct ManagedBlocks: Sendable, Equatable {
    /// One managed block, with the byte range of its body (between the marker lines).
    public struct Block: Sendable, Equatable {
        public var id: String
        /// From the start of the begin marker's line to the end of the end marker's line.
        public var range: Range<Int>
        /// The lines between the markers.
        public var body: Range<Int>
    }

    /// A marker problem; the file is then left alone.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case unclosed(id: String, line: Int)
        case unexpectedEnd(id: String, line: Int)
        case nested(outer: String, inner: String, line: Int)
        case duplicate(id: String, line: Int)
        /// An MCP file whose servers cannot be read or merged (`MCPServerFile`).
        case servers(String)

        public var description: String {
            switch self {
            case .servers(let message): message
            case .unclosed(let id, let line): "line \(line): managed block '\(id)' is never closed with <!-- rulesmith:end \(id) -->"
            case .unexpectedEnd(let id, let line): "line \(line): '<!-- rulesmith:end \(id) -->' closes no open block"
            case .nested(let outer, let inner, let line): "line \(line): block '\(inner)' opens inside block '\(outer)'; managed blocks cannot nest"
            case .duplicate(let id, let line): "line \(line): a second managed block named '\(id)'"
            }
        }
    }

    public var blocks: [Block]

    public static func beginMarker(_ id: String) -> String { "<!-- rulesmith:begin \(id) -->" }
    public static func endMarker(_ id: String) -> String { "<!-- rulesmith:end \(id) -->" }

    /// Finds the blocks of `text`, or the first marker problem.
    public static func parse(_ text: String) throws(Problem) -> ManagedBlocks {
        let source = SourceText(text)
        var blocks: [Block] = []
        var open: (id: String, start: Int, bodyStart: Int, line: Int)?
        var seen = Set<String>()
        for line in 0..<source.lineCount {
            let content = String(source.string(source.contentRange(ofLine: line)).trimmingWhitespace)
            let full = source.fullRange(ofLine: line)
            if let id = marker(content, "begin") {
                if let current = open { throw .nested(outer: current.id, inner: id, line: line + 1) }
                guard seen.insert(id).inserted else { throw .duplicate(id: id, line: line + 1) }
                open = (id, full.lowerBound, full.upperBound, line + 1)
            } else if let id = marker(content, "end") {
                guard let current = open, current.id == id else { throw .unexpectedEnd(id: id, line: line + 1) }
                blocks.append(Block(id: id, range: current.start..<full.upperBound, body: current.bodyStart..<full.lowerBound))
                open = nil
            }
        }
        if let open { throw .unclosed(id: open.id, line: open.line) }
        return ManagedBlocks(blocks: blocks)
    }

    private static func marker(_ line: String, _ verb: String) -> String? {
        let prefix = "<!-- rulesmith:\(verb) "
        guard line.hasPrefix(prefix), line.hasSuffix("-->") else { return nil }
        let id = line.dropFirst(prefix.count).dropLast(3).trimmingWhitespace
        return id.isEmpty || id.contains(" ") ? nil : String(id)
    }

    /// `text` with the body of block `id` replaced by `body` (which should end with a newline).
    public func replacing(_ id: String, with body: String, in text: String) -> String? {
        guard let block = blocks.first(where: { $0.id == id }) else { return nil }
        var bytes = Array(text.utf8)
        bytes.replaceSubrange(block.body, with: Array(body.utf8))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The body of block `id`.
    public func body(of id: String, in text: String) -> String? {
        guard let block = blocks.first(where: { $0.id == id }) else { return nil }
        return String(decoding: Array(text.utf8)[block.body], as: UTF8.self)
    }

    /// `body` wrapped in begin and end markers.
    public static func wrap(_ id: String, _ body: String) -> String {
        beginMarker(id) + "\n" + body + (body.hasSuffix("\n") || body.isEmpty ? "" : "\n") + endMarker(id) + "\n"
    }
}
