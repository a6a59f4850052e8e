import RulesmithText

/// The frontmatter of a rules file (`---` … `---` at the very start, after an optional BOM), read
/// leniently the way the editors read it: Cursor's unquoted `globs: **/*.ts`, comma lists, flow
/// lists and empty values are all values, not YAML errors.
public struct Frontmatter: ShareableAnalysis {
    /// Frontmatter larger than this is not read (a finding says so); it bounds hostile input.
    public static let maximumBytes = 65_536

    /// An opening `---` line starts the file.
    public let isPresent: Bool
    /// The opening delimiter line (without its terminator); empty at 0 when absent.
    public let openingRange: Range<Int>
    /// The closing delimiter line, or nil when the frontmatter is never closed.
    public let closingRange: Range<Int>?
    /// The bytes between the delimiter lines.
    public let contentRange: Range<Int>
    /// Where the body starts: after the closing line, or 0 without frontmatter.
    public let bodyStart: Int
    /// Every top-level key in order.
    public let entries: [FrontmatterEntry]
    /// Why the frontmatter is unreadable even leniently, or nil.
    public let error: FrontmatterError?
    /// The file's line ending, for edits that add lines.
    public let lineEnding: String

    public init(_ document: LintDocument) {
        self.init(document.source)
    }

    public init(_ source: SourceText) {
        let bytes = source.bytes
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let firstLine = source.contentRange(ofLine: 0)
        let firstFull = source.fullRange(ofLine: 0)
        lineEnding = bytes[firstLine.upperBound..<firstFull.upperBound].elementsEqual([0x0D, 0x0A]) ? "\r\n" : "\n"
        guard Self.isDelimiter(bytes, (firstLine.lowerBound + bom)..<firstLine.upperBound) else {
            isPresent = false
            openingRange = 0..<0
            closingRange = nil
            contentRange = 0..<0
            bodyStart = 0
            entries = []
            error = nil
            return
        }
        isPresent = true
        openingRange = firstLine
        let contentStart = firstFull.upperBound
        var closingLine: Int?
        var line = 1
        while line < source.lineStarts.count {
            if Self.isDelimiter(bytes, source.contentRange(ofLine: line)) {
                closingLine = line
                break
            }
            line += 1
        }
        guard let closingLine else {
            closingRange = nil
            contentRange = contentStart..<bytes.count
            bodyStart = contentStart
            entries = []
            error = FrontmatterError(
                message: "frontmatter opened on line 1 is never closed with a '---' line", range: firstLine, line: 1)
            return
        }
        let closing = source.contentRange(ofLine: closingLine)
        closingRange = closing
        contentRange = contentStart..<source.lineStarts[closingLine]
        bodyStart = source.fullRange(ofLine: closingLine).upperBound
        if contentRange.count > Self.maximumBytes {
            entries = []
            error = FrontmatterError(
                message: "frontmatter is \(contentRange.count) bytes; more than \(Self.maximumBytes) bytes is not read",
                range: firstLine, line: 1)
            return
        }
        var reader = FrontmatterReader(source: source, lines: 1..<closingLine)
        error = reader.read()
        entries = reader.entries
    }

    /// A line holding only `---` (trailing blanks allowed).
    static func isDelimiter(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= 3, bytes[range.lowerBound] == 0x2D, bytes[range.lowerBound + 1] == 0x2D,
              bytes[range.lowerBound + 2] == 0x2D else { return false }
        return bytes[(range.lowerBound + 3)..<range.upperBound].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// The last entry with this key (later keys win, as in the editors' readers).
    public func entry(_ key: String) -> FrontmatterEntry? {
        entries.last { $0.key == key }
    }

    /// Whether the frontmatter was read without error.
    public var isReadable: Bool { isPresent && error == nil }
}

/// One top-level `key: value` of a frontmatter block.
public struct FrontmatterEntry: Sendable, Hashable {
    public var key: String
    public var keyRange: Range<Int>
    public var value: FrontmatterValue
    /// The value as written (empty, at the end of the key line, when there is none).
    public var valueRange: Range<Int>
    /// 0-based line of the key.
    public var line: Int
}

/// A frontmatter value, as lenient as the editors.
public enum FrontmatterValue: Sendable, Hashable {
    /// No value (`key:`), or `null` / `~`.
    case empty
    case scalar(FrontmatterScalar)
    case list([FrontmatterScalar])
    /// Valid YAML that rulesmith does not interpret (a map, or a list of maps).
    case nested

    /// The scalar, when the value is one.
    public var scalar: FrontmatterScalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    /// Whether the value is empty, an empty string, or an empty list.
    public var isBlank: Bool {
        switch self {
        case .empty: true
        case .scalar(let scalar): scalar.text.allSatisfy(\.isWhitespace)
        case .list(let items): items.allSatisfy { $0.text.allSatisfy(\.isWhitespace) }
        case .nested: false
        }
    }
}

/// One scalar: its text, how it was quoted, and where it sits in the file.
public struct FrontmatterScalar: Sendable, Hashable {
    /// How the scalar was written.
    public enum Style: Sendable, Hashable {
        case plain
        case singleQuoted
        case doubleQuoted
        /// `|` or `>` block scalar.
        case block
    }

    public var text: String
    public var style: Style
    /// The scalar as written, quotes included.
    public var range: Range<Int>
    /// The bytes of `text` in the file when they correspond one to one (no escapes, one line).
    public var textRange: Range<Int>?

    /// The boolean a YAML 1.2 reader sees: plain `true`/`false` in any of YAML's three casings.
    public var boolValue: Bool? {
        guard style == .plain else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    public var isQuoted: Bool { style == .singleQuoted || style == .doubleQuoted }
}

/// Why frontmatter is unreadable, and the line where the reader gave up.
public struct FrontmatterError: Error, Sendable, Hashable {
    public var message: String
    /// The offending line's bytes (without terminator).
    public var range: Range<Int>
    /// 1-based line number.
    public var line: Int
}
