/// JSON (and VS Code's JSONC: comments, trailing commas) read into a flat table of nodes that
/// keeps the byte range of every key and value, so a finding can point at the line that holds it.
/// Iterative with an explicit stack and a depth limit: hostile nesting costs memory linear in
/// the input, never the call stack.
public struct JSONScan: Sendable {
    /// What a node holds.
    public enum Kind: Sendable, Equatable { case object, array, string, number, bool, null }

    /// One value of the document.
    public struct Node: Sendable {
        public var kind: Kind
        /// The value's bytes (for containers, from the bracket to its match).
        public var range: Range<Int>
        /// The member name when the node sits in an object, and the bytes of its quoted key.
        public var key: String?
        public var keyRange: Range<Int>?
        /// The decoded text of a string, or the source text of a number or literal.
        public var text: String?
        public var children: [Int] = []
    }

    /// Why the text is not JSON, and where.
    public struct SyntaxError: Sendable, Equatable {
        public var offset: Int
        public var reason: String
    }

    public private(set) var nodes: [Node] = []
    /// Set when the text is not JSON even with comments and trailing commas allowed.
    public private(set) var error: SyntaxError?
    /// Where the first comment or trailing comma stands (strict JSON readers refuse the file).
    public private(set) var firstJSONCOffset: Int?

    /// Containers nested deeper than this are refused.
    public static let maximumDepth = 512

    public init(_ bytes: [UInt8]) {
        var reader = Reader(bytes: bytes)
        reader.run()
        nodes = reader.nodes
        error = reader.error
        firstJSONCOffset = reader.firstJSONCOffset
    }

    /// The top-level value, when there is one.
    public var root: Int? { nodes.isEmpty ? nil : 0 }

    /// The node of `key` in the object `node`.
    public func member(_ node: Int, _ key: String) -> Int? {
        nodes[node].children.first { nodes[$0].key == key }
    }

    /// The string a node holds, when it is a string.
    public func string(_ node: Int) -> String? {
        nodes[node].kind == .string ? nodes[node].text : nil
    }

    /// The strings of an array node (other elements skipped).
    public func strings(_ node: Int) -> [String] {
        nodes[node].kind == .array ? nodes[node].children.compactMap { string($0) } : []
    }

    /// Where a finding about `node` starts: its key when it has one, else its value.
    public func anchor(_ node: Int) -> Range<Int> {
        nodes[node].keyRange ?? nodes[node].range
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0
        var nodes: [Node] = []
        var error: SyntaxError?
        var firstJSONCOffset: Int?
        var stack: [Int] = []
        var pendingKey: (String, Range<Int>)?

        enum Expect { case value, valueOrClose, key, keyOrClose, colon, commaOrClose, done }

        mutating func run() {
            var expect = Expect.value
            var afterComma = false
            while error == nil {
                skipTrivia()
                guard index < bytes.count else {
                    if expect != .done { fail(nodes.isEmpty ? "empty document" : "unexpected end of file (unclosed bracket or string)") }
                    return
                }
                let byte = bytes[index]
                switch expect {
                case .value, .valueOrClose:
                    if expect == .valueOrClose, byte == UInt8(ascii: "]") {
                        if afterComma { noteJSONC(index - 1) }
                        expect = close()
                        continue
                    }
                    afterComma = false
                    expect = value(byte)
                case .key, .keyOrClose:
                    if byte == UInt8(ascii: "}") {
                        if expect == .key { noteJSONC(index - 1) }
                        expect = close()
                        continue
                    }
                    guard byte == UInt8(ascii: "\"") else { fail("expected a quoted member name"); return }
                    let start = index
                    guard let key = string() else { return }
                    pendingKey = (key, start..<index)
                    expect = .colon
                case .colon:
                    guard byte == UInt8(ascii: ":") else { fail("expected ':' after the member name"); return }
                    index += 1
                    expect = .value
                case .commaOrClose:
                    let top = stack.last.map { nodes[$0].kind }
                    if byte == UInt8(ascii: ",") {
                        index += 1
                        afterComma = true
                        expect = top == .object ? .key : .valueOrClose
                    } else if byte == UInt8(ascii: "}"), top == .object {
                        expect = close()
                    } else if byte == UInt8(ascii: "]"), top == .array {
                        expect = close()
                    } else {
                        fail("expected ',' or the closing bracket")
                    }
                case .done:
                    fail("text after the JSON value")
                }
            }
        }

        mutating func value(_ byte: UInt8) -> Expect {
            let start = index
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard stack.count < JSONScan.maximumDepth else { fail("nested deeper than \(JSONScan.maximumDepth) levels"); return .done }
                index += 1
                let node = add(Node(kind: byte == UInt8(ascii: "{") ? .object : .array, range: start..<index))
                stack.append(node)
                return byte == UInt8(ascii: "{") ? .keyOrClose : .valueOrClose
            case UInt8(ascii: "\""):
                guard let text = string() else { return .done }
                add(Node(kind: .string, range: start..<index, text: text))
            default:
                while index < bytes.count, Self.isLiteralByte(bytes[index]) { index += 1 }
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                let kind: Kind
                switch text {
                case "true", "false": kind = .bool
                case "null": kind = .null
                default:
                    guard !text.isEmpty, Double(text) != nil, text.first != "+" else {
                        fail(text.isEmpty ? "unexpected character" : "'\(text.prefix(20))' is not a JSON value")
                        return .done
                    }
                    kind = .number
                }
                add(Node(kind: kind, range: start..<index, text: text))
            }
            return stack.isEmpty ? .done : .commaOrClose
        }

        @discardableResult
        mutating func add(_ node: Node) -> Int {
            var node = node
            if let parent = stack.last {
                if nodes[parent].kind == .object, let (key, range) = pendingKey {
                    node.key = key
                    node.keyRange = range
                    pendingKey = nil
                }
                nodes[parent].children.append(nodes.count)
            }
            nodes.append(node)
            return nodes.count - 1
        }

        mutating func close() -> Expect {
            index += 1
            let node = stack.removeLast()
            nodes[node].range = nodes[node].range.lowerBound..<index
            return stack.isEmpty ? .done : .commaOrClose
        }

        /// A quoted string from `index` (at the opening quote), decoded; nil after an error.
        mutating func string() -> String? {
            index += 1
            var scalars = String.UnicodeScalarView()
            var runStart = index
            func flush(_ end: Int, into scalars: inout String.UnicodeScalarView) {
                if end > runStart { scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars) }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    flush(index, into: &scalars)
                    index += 1
                    return String(scalars)
                }
                if byte == 0x0A { fail("line break inside a string"); return nil }
                if byte == UInt8(ascii: "\\") {
                    flush(index, into: &scalars)
                    guard index + 1 < bytes.count else { break }
                    let escaped = bytes[index + 1]
                    index += 2
                    switch escaped {
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "b"): scalars.append("\u{08}")
                    case UInt8(ascii: "f"): scalars.append("\u{0C}")
                    case UInt8(ascii: "u"):
                        guard let unit = hex4() else { fail("bad \\u escape"); return nil }
                        if (0xD800..<0xDC00).contains(unit), index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
                           bytes[index + 1] == UInt8(ascii: "u") {
                            index += 2
                            guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { fail("bad surrogate pair"); return nil }
                            scalars.append(Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}")
                        } else {
                            scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
                        }
                    default: scalars.append(Unicode.Scalar(escaped))
                    }
                    runStart = index
                    continue
                }
                index += 1
            }
            fail("unterminated string")
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
            else { return nil }
            index += 4
            return value
        }

        mutating func skipTrivia() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                case 0xEF where index == 0 && bytes.count >= 3 && bytes[1] == 0xBB && bytes[2] == 0xBF: index = 3
                case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                    noteJSONC(index)
                    while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                    noteJSONC(index)
                    index += 2
                    while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) { index += 1 }
                    index = min(bytes.count, index + 2)
                default: return
                }
            }
        }

        mutating func noteJSONC(_ offset: Int) {
            if firstJSONCOffset == nil { firstJSONCOffset = max(0, offset) }
        }

        mutating func fail(_ reason: String) {
            if error == nil { error = SyntaxError(offset: min(index, bytes.count), reason: reason) }
        }

        static func isLiteralByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
        }
    }
}
