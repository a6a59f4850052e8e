/// What a link destination points at: scheme, relative or absolute, and the file type of its path.
struct LinkTarget {
    /// The scheme in lower case (`https`), or nil for a relative reference.
    let scheme: String?
    /// The path's last component ends in `.md` or `.txt` (query and fragment ignored).
    let isTextFile: Bool

    init(_ bytes: [UInt8], _ range: Range<Int>) {
        scheme = Self.scheme(bytes, range)
        var end = range.upperBound
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == 0x3F || bytes[index] == 0x23 {
                end = index
                break
            }
            index += 1
        }
        isTextFile = ByteClass.hasSuffix(bytes, end: end, ".md", from: range.lowerBound)
            || ByteClass.hasSuffix(bytes, end: end, ".txt", from: range.lowerBound)
    }

    var isRelative: Bool { scheme == nil }
    var isWeb: Bool { scheme == "http" || scheme == "https" }

    /// RFC 3986: a letter, then letters, digits, `+`, `-` or `.`, then `:`.
    private static func scheme(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
        var index = range.lowerBound
        guard index < range.upperBound, (bytes[index] | 0x20) >= 0x61, (bytes[index] | 0x20) <= 0x7A else { return nil }
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0x3A {
                return String(decoding: bytes[range.lowerBound..<index].map(ByteClass.lower), as: UTF8.self)
            }
            let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            let digit = byte >= 0x30 && byte <= 0x39
            guard letter || digit || byte == 0x2B || byte == 0x2D || byte == 0x2E else { return nil }
            index += 1
        }
        return nil
    }
}

extension ByteClass {
    /// Whether the bytes ending at `end` (and starting no earlier than `from`) end with `suffix`, ignoring case.
    static func hasSuffix(_ bytes: [UInt8], end: Int, _ suffix: String, from: Int) -> Bool {
        let count = suffix.utf8.count
        guard end - count >= from else { return false }
        return hasPrefix(bytes, at: end - count, suffix, caseInsensitive: true)
    }
}
