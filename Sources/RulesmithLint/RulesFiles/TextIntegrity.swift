import RulesmithText

/// Whether a document is text the editors can read: NUL bytes, ill-formed UTF-8, and UTF-16 or
/// UTF-32 files (by byte-order mark or NUL pattern). Computed once, in linear time.
public struct TextIntegrity: ShareableAnalysis {
    /// A non-UTF-8 Unicode encoding recognised by its byte-order mark or NUL pattern.
    public enum WideEncoding: String, Sendable {
        case utf16LittleEndian = "UTF-16 little-endian"
        case utf16BigEndian = "UTF-16 big-endian"
        case utf32LittleEndian = "UTF-32 little-endian"
        case utf32BigEndian = "UTF-32 big-endian"
    }

    /// Offset of the first NUL byte.
    public let firstNUL: Int?
    /// Offset of the first ill-formed UTF-8 sequence.
    public let firstInvalidUTF8: Int?
    public let wideEncoding: WideEncoding?
    /// Whether the wide encoding was named by a byte-order mark (rather than guessed from NULs).
    public let hasByteOrderMark: Bool

    public init(_ document: LintDocument) {
        self.init(document.source)
    }

    public init(_ source: SourceText) {
        let bytes = source.bytes
        firstNUL = ByteScan.firstIndex(of: 0, in: bytes)
        firstInvalidUTF8 = source.isValidUTF8 ? nil : UTF8Validation.firstInvalidOffset(bytes)
        (wideEncoding, hasByteOrderMark) = Self.detectWide(bytes)
    }

    /// Whether rules may read the document as text (it may still hold a stray invalid byte).
    public var isText: Bool { firstNUL == nil && wideEncoding == nil }

    /// The wide encoding `TextEncoding` (the one detector) recognises, and whether by its mark.
    private static func detectWide(_ bytes: [UInt8]) -> (WideEncoding?, Bool) {
        switch TextEncoding.detect(bytes) {
        case .utf8, .utf8WithBOM: (nil, false)
        case .utf16(let bigEndian, let byBOM): (bigEndian ? .utf16BigEndian : .utf16LittleEndian, byBOM)
        case .utf32(let bigEndian, let byBOM): (bigEndian ? .utf32BigEndian : .utf32LittleEndian, byBOM)
        }
    }
}
