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
    public var replaced: [Range<Int>]
}

/// One `{title, url, desc}` link.
public struct ReferenceLink: Sendable, Hashable {
    /// The line the link pattern was searched in.
    public var line: Range<Int>
    /// The whole match, from `-` to the end of `desc` (or the `)`).
    public var match: Range<Int>
    public var title: Range<Int>
    public var url: Range<Int>
    /// nil when no `:` follows the `)`.
    public var desc: Range<Int>?
}
