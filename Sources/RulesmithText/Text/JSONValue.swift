/// A JSON value whose objects keep their key order, so contract outputs print fields as documented.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// Compact (one line) or pretty (two-space indent) text.
    public func serialized(pretty: Bool = false, sortKeys: Bool = false) -> String {
        // Bytes, not String appends: reports can hold many thousands of values, and byte appends
        // skip String's per-append bookkeeping.
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(into: &output, pretty: pretty, sortKeys: sortKeys, indent: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// The value as `serialized(pretty:)` writes it when it sits `indent` levels deep in a larger
    /// document: for writers that stream a document's outer levels themselves.
    package func writePretty(into output: inout [UInt8], indent: Int) {
        write(into: &output, pretty: true, sortKeys: false, indent: indent)
    }

    private func write(into output: inout [UInt8], pretty: Bool, sortKeys: Bool, indent: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): Self.append(value, into: &output)
        case .double(let value): output.append(contentsOf: (value.isFinite ? String(value) : "null").utf8)
        case .string(let value): Self.escape(value, into: &output)
        case .array(let values):
            if values.isEmpty {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(indent + 1, into: &output) }
                value.write(into: &output, pretty: pretty, sortKeys: sortKeys, indent: indent + 1)
            }
            if pretty { Self.newline(indent, into: &output) }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty {
                output.append(contentsOf: "{}".utf8)
                return
            }
            let ordered = sortKeys ? members.sorted { $0.0 < $1.0 } : members
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in ordered.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(indent + 1, into: &output) }
                Self.escape(key, into: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                value.write(into: &output, pretty: pretty, sortKeys: sortKeys, indent: indent + 1)
            }
            if pretty { Self.newline(indent, into: &output) }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Starts the next element of an array a writer streams: `[` before the first, `,` before
    /// the others, then the element's line at `indent`.
    package static func openElement(first: inout Bool, indent: Int, into output: inout [UInt8]) {
        output.append(first ? UInt8(ascii: "[") : UInt8(ascii: ","))
        first = false
        newline(indent, into: &output)
    }

    /// Ends an array a writer streamed with `openElement`: `[]` when it had no element.
    package static func closeElements(first: Bool, indent: Int, into output: inout [UInt8]) {
        guard !first else { return output.append(contentsOf: "[]".utf8) }
        newline(indent, into: &output)
        output.append(UInt8(ascii: "]"))
    }

    package static func newline(_ indent: Int, into output: inout [UInt8]) {
        output.append(0x0A)
        for _ in 0..<(2 * indent) { output.append(0x20) }
    }

    package static func append(_ value: Int, into output: inout [UInt8]) {
        guard value >= 0, value < 10 else {
            output.append(contentsOf: String(value).utf8)
            return
        }
        output.append(0x30 + UInt8(value))
    }

    /// Whether a JSON writer must write `scalar` as an escape: quote, backslash, C0 controls, DEL,
    /// C1 controls, U+2028/U+2029 and the bidi controls U+202A–202E, U+2066–2069. `escape` is
    /// the byte-level fast path of exactly this set (`JSONEscapeTests` holds the two together).
    package static func mustEscape(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x22, 0x5C, 0..<0x20, 0x7F...0x9F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Escapes by UTF-8 byte: quote, backslash, controls, DEL, C1 controls (`C2 80`–`C2 9F`),
    /// U+2028/U+2029 and the bidi controls U+202A–202E, U+2066–2069 (`E2 80 A8`–`AE`,
    /// `E2 81 A6`–`A9`): the text stays exact, and none of them reaches a terminal raw.
    package static func escape(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                let escaped: StaticString?
                var scalar = UInt32(byte)
                var width = 1
                switch byte {
                case 0x22: escaped = "\\\""
                case 0x5C: escaped = "\\\\"
                case 0x0A: escaped = "\\n"
                case 0x0D: escaped = "\\r"
                case 0x09: escaped = "\\t"
                case 0x00..<0x20, 0x7F: escaped = nil
                case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
                    escaped = nil
                    scalar = UInt32(bytes[index + 1])
                    width = 2
                case 0xE2 where index + 2 < count
                    && ((bytes[index + 1] == 0x80 && (0xA8...0xAE).contains(bytes[index + 2]))
                        || (bytes[index + 1] == 0x81 && (0xA6...0xA9).contains(bytes[index + 2]))):
                    escaped = nil
                    scalar = 0x2000 + UInt32(bytes[index + 1] & 0x3F) << 6 + UInt32(bytes[index + 2] & 0x3F)
                    width = 3
                default:
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                if let escaped {
                    output.append(contentsOf: UnsafeBufferPointer(start: escaped.utf8Start, count: escaped.utf8CodeUnitCount))
                } else {
                    let hex = Array(String(scalar, radix: 16).utf8)
                    output.append(contentsOf: "\\u".utf8)
                    for _ in hex.count..<4 { output.append(0x30) }
                    output.append(contentsOf: hex)
                }
                index += width
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
