/// Appends well-formed XML 1.0 to a byte buffer: escaped attributes, element content verbatim or
/// in CDATA sections split at `]]>`, and no character XML 1.0 forbids.
struct XMLWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// ` name="value"`, with `& < > "` escaped and tab and line breaks as character references
    /// (so an XML parser's attribute normalisation keeps them).
    mutating func attribute(_ name: StaticString, _ value: String) {
        raw(" ")
        raw(name)
        raw("=\"")
        var value = value
        value.withUTF8 { buffer in
            Self.scan(buffer) { byte, _ in
                switch byte {
                case 0x26: raw("&amp;")
                case 0x3C: raw("&lt;")
                case 0x3E: raw("&gt;")
                case 0x22: raw("&quot;")
                case 0x09: raw("&#9;")
                case 0x0A: raw("&#10;")
                default: bytes.append(byte)
                }
            }
        }
        raw("\"")
    }

    /// Element content: verbatim when it holds no `<`, `&` or `]]>`, else one CDATA section
    /// (split where the text holds `]]>`). Line breaks are written as LF.
    mutating func content(_ text: UnsafeBufferPointer<UInt8>) {
        if Self.needsCDATA(text) {
            raw("<![CDATA[")
            var brackets = 0
            Self.scan(text) { byte, _ in
                if byte == 0x3E && brackets >= 2 {
                    // "]]>" ends a CDATA section: close it between the brackets and the '>'.
                    raw("]]><![CDATA[>")
                    brackets = 0
                    return
                }
                brackets = byte == 0x5D ? brackets + 1 : 0
                bytes.append(byte)
            }
            raw("]]>")
        } else {
            // Dropped control characters can bring "]]" and ">" together; escape that '>'.
            var brackets = 0
            Self.scan(text) { byte, _ in
                if byte == 0x3E && brackets >= 2 {
                    raw("&gt;")
                } else {
                    bytes.append(byte)
                }
                brackets = byte == 0x5D ? brackets + 1 : 0
            }
        }
    }

    mutating func content(_ text: String) {
        var text = text
        text.withUTF8 { content($0) }
    }

    private static func needsCDATA(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var brackets = 0
        for byte in text {
            if byte == 0x3C || byte == 0x26 || (byte == 0x3E && brackets >= 2) { return true }
            brackets = byte == 0x5D ? brackets + 1 : 0
        }
        return false
    }

    /// Calls `emit` for each byte XML 1.0 allows, turning CRLF and lone CR into LF and dropping
    /// C0 controls other than tab and LF, and U+FFFE and U+FFFF (EF BF BE, EF BF BF).
    @inline(__always)
    private static func scan(_ text: UnsafeBufferPointer<UInt8>, _ emit: (UInt8, Int) -> Void) {
        let count = text.count
        var index = 0
        while index < count {
            let byte = text[index]
            if byte < 0x20 {
                if byte == 0x0D {
                    emit(0x0A, index)
                    if index + 1 < count, text[index + 1] == 0x0A { index += 1 }
                } else if byte == 0x09 || byte == 0x0A {
                    emit(byte, index)
                }
                index += 1
                continue
            }
            if byte == 0xEF, index + 2 < count, text[index + 1] == 0xBF, text[index + 2] == 0xBE || text[index + 2] == 0xBF {
                index += 3
                continue
            }
            emit(byte, index)
            index += 1
        }
    }
}
