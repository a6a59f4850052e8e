import RulesmithText

/// Whether a document is text the editors can read: NUL bytes, ill-formed UTF-8, and UTF-16 or
/// UTF-32 files (by byte-order mark or NUL pattern). Computed once, in linear time.
public struct TextIntegrity: DocumentAnalysis, Sendable {
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

    private static func detectWide(_ bytes: [UInt8]) -> (WideEncoding?, Bool) {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (.utf32LittleEndian, true) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.utf32BigEndian, true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, true) }
        // ASCII text in UTF-16 has a NUL in every other byte; binary data rarely keeps that rhythm.
        let sample = bytes.prefix(512)
        guard sample.count >= 8 else { return (nil, false) }
        var evenZeros = 0
        var oddZeros = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if oddZeros * 10 >= half * 9, evenZeros == 0 { return (.utf16LittleEndian, false) }
        if evenZeros * 10 >= half * 9, oddZeros == 0 { return (.utf16BigEndian, false) }
        return (nil, false)
    }
}
