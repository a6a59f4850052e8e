/// What the reference llms.txt parser (PyPI `llms-txt` 0.0.7, `parse_llms_file`) makes of a file:
/// the parsed result, or the exception it raises. Every range is a byte range of the input.
public enum ReferenceOutcome: Sendable, Hashable {
    case parsed(ReferenceParse)
    case crashed(ReferenceCrash)

    /// The parse, when there is one.
    public var parse: ReferenceParse? {
        if case .parsed(let parse) = self { return parse }
        return nil
    }

    /// The crash, when there is one.
    public var crash: ReferenceCrash? {
        if case .crashed(let crash) = self { return crash }
        return nil
    }
}

/// The exceptions the reference parser raises on bad input.
public enum ReferenceException: String, Sendable, Hashable {
    /// `'NoneType' object has no attribute 'groupdict'`: a section line is not a link item.
    case attributeError = "AttributeError"
    /// `'NoneType' object does not support item assignment`: no header (H1) was found.
    case typeError = "TypeError"
    /// The file is not UTF-8 (`Path.read_text()`).
    case unicodeDecodeError = "UnicodeDecodeError"
}

/// Where and why the reference parser fails.
public struct ReferenceCrash: Sendable, Hashable {
    public var exception: ReferenceException
    /// Where Python raises it: `core.py:43` (link), `core.py:66` (header), or `pathlib` (decoding).
    public var pythonLocation: String
    /// The input that triggers it: the section line, the text searched for a header, or the bad byte.
    public var range: Range<Int>
    /// For a bad section line: the name of the section it is read in.
    public var sectionName: Range<Int>?
}

/// A successful parse: `{title, summary, info, sections}`.
public struct ReferenceParse: Sendable, Hashable {
    public var title: Range<Int>
    public var summary: Range<Int>?
    public var info: Range<Int>
    /// The text before the first `##` line, stripped, which the header pattern searches.
    public var preamble: Range<Int>
    /// Where the header match starts; text of the preamble before it is dropped.
    public var headerStart: Int
    /// Sections in dictionary order (first appearance), each with the body of its last appearance.
    public var sections: [ReferenceSection]

    /// Every link of every section, in order.
    public var linkCount: Int { sections.reduce(0) { $0 + $1.links.count } }
}

/// One entry of the `sections` dictionary.
public struct ReferenceSection: Sendable, Hashable {
    /// The name as captured by `^##\s*(.*?$)` (may hold trailing blanks, `#`s or a CR).
    public var name: Range<Int>
    /// The whole match that opened the section, from `##` to the end of the name.
    public var header: Range<Int>
    public var body: Range<Int>
    public var links: [ReferenceLink]
    /// Header ranges of earlier sections of the same name whose links this one replaced.
    public var replaced: HeaderRanges

    /// Calls `body` with the header of every appearance of the section in order: those
    /// replaced, then its own.
    public func forEachHeader(_ body: (Range<Int>) -> Void) {
        for replaced in replaced { body(replaced) }
        body(header)
    }
}

/// One `{title, url, desc}` link.
///
/// Stored in 36 bytes (32-bit offsets; a `desc` always runs to the end of its line): an
/// llms.txt of a million links holds a million of these.
public struct ReferenceLink: Sendable, Hashable {
    private var lineLower: UInt32
    private var lineUpper: UInt32
    private var matchLower: UInt32
    private var matchUpper: UInt32
    private var titleLower: UInt32
    private var titleUpper: UInt32
    private var urlLower: UInt32
    private var urlUpper: UInt32
    /// `UInt32.max` when there is no `desc`.
    private var descLower: UInt32

    init(line: Range<Int>, match: Range<Int>, title: Range<Int>, url: Range<Int>, desc: Range<Int>?) {
        precondition(desc.map { $0.upperBound == line.upperBound } ?? true, "a desc runs to the end of its line")
        lineLower = UInt32(truncatingIfNeeded: line.lowerBound)
        lineUpper = UInt32(truncatingIfNeeded: line.upperBound)
        matchLower = UInt32(truncatingIfNeeded: match.lowerBound)
        matchUpper = UInt32(truncatingIfNeeded: match.upperBound)
        titleLower = UInt32(truncatingIfNeeded: title.lowerBound)
        titleUpper = UInt32(truncatingIfNeeded: title.upperBound)
        urlLower = UInt32(truncatingIfNeeded: url.lowerBound)
        urlUpper = UInt32(truncatingIfNeeded: url.upperBound)
        descLower = desc.map { UInt32(truncatingIfNeeded: $0.lowerBound) } ?? .max
    }

    /// The line the link pattern was searched in.
    public var line: Range<Int> { Range(uncheckedBounds: (Int(lineLower), Int(lineUpper))) }
    /// The whole match, from `-` to the end of `desc` (or the `)`).
    public var match: Range<Int> { Range(uncheckedBounds: (Int(matchLower), Int(matchUpper))) }
    public var title: Range<Int> { Range(uncheckedBounds: (Int(titleLower), Int(titleUpper))) }
    public var url: Range<Int> { Range(uncheckedBounds: (Int(urlLower), Int(urlUpper))) }
    /// nil when no `:` follows the `)`.
    public var desc: Range<Int>? {
        descLower == .max ? nil : Range(uncheckedBounds: (Int(descLower), Int(lineUpper)))
    }
}
