/// Where each `[table]` and `[[array table]]` of a TOML document lies, by byte: from its header
/// line to the end of its last key line. Comments and blank lines just before the next header are
/// left out (they read as the next table's). Strings, multi-line strings and arrays that span
/// lines are followed, so a `[` inside a value never counts as a header. What a merge needs to
/// replace one table without touching a byte of any other; it assumes a document `TOMLReader`
/// has read without error.
public struct TOMLTableSpan: Sendable, Equatable {
    /// The header's keys (`[mcp_servers.docs]` → `["mcp_servers", "docs"]`).
    public var path: [String]
    public var isArray: Bool
    /// The header line's first byte up to past the newline of the table's last key line.
    public var range: Range<Int>
}

public enum TOMLTableSpans {
    /// Every table of `bytes`, in document order.
    public static func spans(_ bytes: [UInt8]) -> [TOMLTableSpan] {
        var spans: [TOMLTableSpan] = []
        var open: (path: [String], isArray: Bool, start: Int)?
        var lastContentEnd = 0
        var index = 0
        func close() {
            if let table = open { spans.append(TOMLTableSpan(path: table.path, isArray: table.isArray, range: table.start..<max(lastContentEnd, table.start))) }
        }
        while index < bytes.count {
            let lineStart = index
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard index < bytes.count else { break }
            switch bytes[index] {
            case 0x0A, 0x0D, UInt8(ascii: "#"):
                index = endOfLine(bytes, from: index)
            case UInt8(ascii: "["):
                close()
                let header = self.header(bytes, from: index)
                index = endOfLine(bytes, from: header.end)
                open = (header.path, header.isArray, lineStart)
                lastContentEnd = index
            default:
                index = endOfKeyValue(bytes, from: index)
                lastContentEnd = index
            }
        }
        close()
        return spans
    }

    /// Past the next newline (or the end).
    private static func endOfLine(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        return min(index + 1, bytes.count)
    }

    /// The keys of the header at `start` (`[` or `[[`) and where its closing bracket ends.
    private static func header(_ bytes: [UInt8], from start: Int) -> (path: [String], isArray: Bool, end: Int) {
        var index = start + 1
        let isArray = index < bytes.count && bytes[index] == UInt8(ascii: "[")
        if isArray { index += 1 }
        var path: [String] = []
        var key: [UInt8] = []
        while index < bytes.count, bytes[index] != 0x0A {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                let (text, end) = quotedKey(bytes, from: index)
                key += text
                index = end
                continue
            }
            if byte == UInt8(ascii: ".") {
                path.append(String(decoding: key, as: UTF8.self))
                key = []
            } else if byte == UInt8(ascii: "]") {
                path.append(String(decoding: key, as: UTF8.self))
                index += isArray ? 2 : 1
                return (path, isArray, min(index, bytes.count))
            } else if byte != 0x20, byte != 0x09 {
                key.append(byte)
            }
            index += 1
        }
        path.append(String(decoding: key, as: UTF8.self))
        return (path, isArray, index)
    }

    /// A one-line quoted key's text (basic escapes `\"` and `\\` undone) and the index after it.
    private static func quotedKey(_ bytes: [UInt8], from start: Int) -> ([UInt8], Int) {
        let quote = bytes[start]
        var index = start + 1
        var text: [UInt8] = []
        while index < bytes.count, bytes[index] != quote, bytes[index] != 0x0A {
            if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                index += 1
            }
            text.append(bytes[index])
            index += 1
        }
        return (text, min(index + 1, bytes.count))
    }

    /// Past the newline that ends the key/value line at `start`, following strings, multi-line
    /// strings, arrays and inline tables across lines.
    private static func endOfKeyValue(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                index = endOfString(bytes, from: index)
                continue
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            case 0x0A:
                if depth == 0 { return index + 1 }
            default:
                break
            }
            index += 1
        }
        return bytes.count
    }

    /// The index after the string starting at `start` (one-line or multi-line, basic or literal).
    private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int {
        let quote = bytes[start]
        let basic = quote == UInt8(ascii: "\"")
        let multi = start + 2 < bytes.count && bytes[start + 1] == quote && bytes[start + 2] == quote
        var index = start + (multi ? 3 : 1)
        while index < bytes.count {
            let byte = bytes[index]
            if basic, byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if !multi, byte == 0x0A { return index }
            if byte == quote {
                if !multi { return index + 1 }
                if index + 2 < bytes.count, bytes[index + 1] == quote, bytes[index + 2] == quote {
                    // Up to two more quotes may end the string's content (`""""` ends with one `"` inside).
                    var end = index + 3
                    while end < bytes.count, bytes[end] == quote, end < index + 5 { end += 1 }
                    return end
                }
            }
            index += 1
        }
        return bytes.count
    }
}
