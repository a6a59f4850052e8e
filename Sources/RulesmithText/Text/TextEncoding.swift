/// The character encoding of a file's bytes: UTF-8 (with or without a byte-order mark), or UTF-16
/// or UTF-32 by their byte-order mark or by where the NUL bytes fall. The one encoding detector:
/// RF007, SEC011 and the security scan's transcoder all read it.
public enum TextEncoding: Sendable, Equatable {
    case utf8
    case utf8WithBOM
    case utf16(bigEndian: Bool, byBOM: Bool)
    case utf32(bigEndian: Bool, byBOM: Bool)

    /// A short human name, e.g. `UTF-16LE`.
    public var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 with a byte-order mark"
        case .utf16(let bigEndian, _): bigEndian ? "UTF-16BE" : "UTF-16LE"
        case .utf32(let bigEndian, _): bigEndian ? "UTF-32BE" : "UTF-32LE"
        }
    }

    /// Whether the text must be transcoded before it can be scanned as UTF-8.
    public var isWide: Bool {
        switch self {
        case .utf8, .utf8WithBOM: false
        case .utf16, .utf32: true
        }
    }

    /// Bytes of byte-order mark at the start of the file.
    public var bomLength: Int {
        switch self {
        case .utf8: 0
        case .utf8WithBOM: 3
        case .utf16(_, let byBOM): byBOM ? 2 : 0
        case .utf32(_, let byBOM): byBOM ? 4 : 0
        }
    }

    /// Recognises a byte-order mark, or UTF-16/UTF-32 by where the NUL bytes fall in the first 4 KB.
    public static func detect(_ bytes: [UInt8]) -> TextEncoding {
        let count = bytes.count
        if count >= 4, bytes[0] == 0x00, bytes[1] == 0x00, bytes[2] == 0xFE, bytes[3] == 0xFF {
            return .utf32(bigEndian: true, byBOM: true)
        }
        if count >= 4, bytes[0] == 0xFF, bytes[1] == 0xFE, bytes[2] == 0x00, bytes[3] == 0x00 {
            return .utf32(bigEndian: false, byBOM: true)
        }
        if count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16(bigEndian: true, byBOM: true) }
        if count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16(bigEndian: false, byBOM: true) }
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8WithBOM }
        return nulPattern(bytes) ?? .utf8
    }

    /// UTF-16 or UTF-32 without a BOM: mostly-ASCII text leaves NUL bytes at fixed positions.
    private static func nulPattern(_ bytes: [UInt8]) -> TextEncoding? {
        let sample = min(bytes.count, 4096) & ~3
        guard sample >= 8 else { return nil }
        var zeros = [0, 0, 0, 0]
        for index in 0..<sample where bytes[index] == 0 { zeros[index & 3] += 1 }
        let quarter = sample / 4
        let high = quarter * 9 / 10
        let low = quarter / 10
        if zeros[1] >= high, zeros[2] >= high, zeros[3] >= high, zeros[0] <= low {
            return .utf32(bigEndian: false, byBOM: false)
        }
        if zeros[0] >= high, zeros[1] >= high, zeros[2] >= high, zeros[3] <= low {
            return .utf32(bigEndian: true, byBOM: false)
        }
        if zeros[1] + zeros[3] >= 2 * high, zeros[0] + zeros[2] <= 2 * low {
            return .utf16(bigEndian: false, byBOM: false)
        }
        if zeros[0] + zeros[2] >= 2 * high, zeros[1] + zeros[3] <= 2 * low {
            return .utf16(bigEndian: true, byBOM: false)
        }
        return nil
    }
}
