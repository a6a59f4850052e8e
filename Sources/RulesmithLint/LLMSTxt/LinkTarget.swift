import RulesmithText

/// What a link destination points at: scheme, relative or absolute, and the file type of its path.
///
/// Two bytes: an llms.txt keeps one per link, a million in a 100 MB file, so the scheme's
/// place is found again from the destination when a message names it.
struct LinkTarget {
    /// The scheme compared without case, so that rules need no string.
    let schemeKind: SchemeKind
    /// The path's last component ends in `.md` or `.txt` (query and fragment ignored).
    let isTextFile: Bool

    /// The schemes the rules tell apart.
    enum SchemeKind: UInt8 {
        case none, http, https, other
    }

    init(_ bytes: [UInt8], _ range: Range<Int>) {
        let schemeRange = Self.schemeRange(bytes, range)
        schemeKind = schemeRange.map { Self.kind(bytes, $0) } ?? .none
        // The path ends at the query or the fragment.
        let end = ByteScan.firstIndex(of: 0x3F, or: 0x23, in: bytes, range) ?? range.upperBound
        isTextFile = (end - range.lowerBound >= 3 && ByteClass.hasPrefix(bytes, at: end - 3, ".md", caseInsensitive: true))
            || (end - range.lowerBound >= 4 && ByteClass.hasPrefix(bytes, at: end - 4, ".txt", caseInsensitive: true))
    }

    var isRelative: Bool { schemeKind == .none }
    var isWeb: Bool { schemeKind == .http || schemeKind == .https }

    /// The scheme of `destination` (the link this target was read from) in lower case, without the colon.
    func scheme(in bytes: [UInt8], destination: Range<Int>) -> String? {
        guard schemeKind != .none else { return nil }
        return Self.schemeRange(bytes, destination).map { String(decoding: bytes[$0].map(ByteClass.lower), as: UTF8.self) }
    }

    /// RFC 3986: a letter, then letters, digits, `+`, `-` or `.`, then `:`.
    private static func schemeRange(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        var index = range.lowerBound
        guard index < range.upperBound, (bytes[index] | 0x20) >= 0x61, (bytes[index] | 0x20) <= 0x7A else { return nil }
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0x3A { return range.lowerBound..<index }
            let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            let digit = byte >= 0x30 && byte <= 0x39
            guard letter || digit || byte == 0x2B || byte == 0x2D || byte == 0x2E else { return nil }
            index += 1
        }
        return nil
    }

    private static func kind(_ bytes: [UInt8], _ scheme: Range<Int>) -> SchemeKind {
        guard scheme.count == 4 || scheme.count == 5,
              ByteClass.hasPrefix(bytes, at: scheme.lowerBound, "http", caseInsensitive: true)
        else { return .other }
        if scheme.count == 4 { return .http }
        return ByteClass.lower(bytes[scheme.lowerBound + 4]) == 0x73 ? .https : .other
    }
}
