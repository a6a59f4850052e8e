/// A small, strict reader for the TOML that manifests use (Cargo.toml, pyproject.toml,
/// gradle/libs.versions.toml, rust-toolchain.toml): tables, arrays of tables, dotted and quoted
/// keys, all four string forms, arrays, inline tables, and numbers, booleans and dates kept as
/// text. Written here rather than taken from a package because the facts need the line of every
/// key (a TOML library returns values without positions), and the one in the offline list wraps
/// C++ toml++, which adds over a minute to a build on this machine. Any syntax it does not know
/// is an error with its line, so a manifest is read exactly or not at all.
public struct TOMLReader {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1

    /// Reads `text`, or throws `TOMLError` naming the line.
    public static func read(_ text: String) throws(TOMLError) -> TOMLTable {
        var reader = TOMLReader(scalars: Array(text.unicodeScalars))
        return try reader.document()
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        if current == "\n" { line += 1 }
        index += 1
    }

    private func fail(_ reason: String) -> TOMLError { TOMLError(line: line, reason: reason) }

    private mutating func skipBlanks() {
        while let scalar = current, scalar == " " || scalar == "\t" { advance() }
    }

    private mutating func skipComment() {
        if current == "#" { while let scalar = current, scalar != "\n" { advance() } }
    }

    /// Blanks, comments and newlines (inside arrays).
    private mutating func skipWhitespaceAndComments() {
        while let scalar = current {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { advance() } else if scalar == "#" { skipComment() } else { break }
        }
    }

    private mutating func endOfLine() throws(TOMLError) {
        skipBlanks()
        skipComment()
        if current == "\r" { advance() }
        guard current == nil || current == "\n" else { throw fail("unexpected text after a value") }
        if current == "\n" { advance() }
    }

    private mutating func document() throws(TOMLError) -> TOMLTable {
        var root = TOMLTable()
        var path: [String] = []
        var arrayTable = false
        while current != nil {
            skipWhitespaceAndComments()
            guard let scalar = current else { break }
            if scalar == "[" {
                advance()
                arrayTable = current == "["
                if arrayTable { advance() }
                skipBlanks()
                let headerLine = line
                path = try keyPath()
                skipBlanks()
                guard current == "]" else { throw fail("expected ']' after a table name") }
                advance()
                if arrayTable {
                    guard current == "]" else { throw fail("expected ']]'") }
                    advance()
                }
                try endOfLine()
                var table = TOMLTable()
                table.line = headerLine
                try Self.insertHeader(path, table: table, appending: arrayTable, into: &root, line: headerLine)
                continue
            }
            let keyLine = line
            let keys = try keyPath()
            skipBlanks()
            guard current == "=" else { throw fail("expected '=' after a key") }
            advance()
            skipBlanks()
            let value = try value()
            try endOfLine()
            try Self.assign(path + keys, value, inArrayTable: arrayTable, tableDepth: path.count, into: &root, line: keyLine)
        }
        return root
    }

    private mutating func keyPath() throws(TOMLError) -> [String] {
        var keys: [String] = []
        while true {
            skipBlanks()
            if current == "\"" || current == "'" {
                keys.append(try quotedString())
            } else {
                var key = ""
                while let scalar = current,
                      (scalar.properties.isAlphabetic && scalar.isASCII) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-" {
                    key.unicodeScalars.append(scalar)
                    advance()
                }
                guard !key.isEmpty else { throw fail("expected a key") }
                keys.append(key)
            }
            skipBlanks()
            guard current == "." else { return keys }
            advance()
        }
    }

    private mutating func value() throws(TOMLError) -> TOMLValue {
        guard let scalar = current else { throw fail("expected a value") }
        switch scalar {
        case "\"", "'": return .string(try quotedString())
        case "[":
            advance()
            var items: [TOMLValue] = []
            while true {
                skipWhitespaceAndComments()
                if current == "]" { advance(); return .array(items) }
                items.append(try value())
                skipWhitespaceAndComments()
                if current == "," { advance(); continue }
                guard current == "]" else { throw fail("expected ',' or ']' in an array") }
                advance()
                return .array(items)
            }
        case "{":
            advance()
            var table = TOMLTable()
            skipBlanks()
            if current == "}" { advance(); return .table(table) }
            while true {
                let keyLine = line
                let keys = try keyPath()
                skipBlanks()
                guard current == "=" else { throw fail("expected '=' in an inline table") }
                advance()
                skipBlanks()
                let item = try value()
                try Self.assign(keys, item, inArrayTable: false, tableDepth: 0, into: &table, line: keyLine)
                skipBlanks()
                if current == "," { advance(); skipBlanks(); continue }
                guard current == "}" else { throw fail("expected ',' or '}' in an inline table") }
                advance()
                return .table(table)
            }
        default:
            var text = ""
            while let next = current, next != ",", next != "]", next != "}", next != "\n", next != "\r", next != "#" {
                text.unicodeScalars.append(next)
                advance()
            }
            let trimmed = text.trimmingCharacters(in: " \t")
            guard let first = trimmed.unicodeScalars.first,
                  trimmed == "true" || trimmed == "false" || ("0"..."9").contains(first) || first == "+" || first == "-"
                    || trimmed == "inf" || trimmed == "nan"
            else { throw fail("unknown value '\(trimmed.prefix(20))'") }
            return .scalar(trimmed)
        }
    }

    private mutating func quotedString() throws(TOMLError) -> String {
        let quote = current!
        let multiline = peek(1) == quote && peek(2) == quote
        advance()
        if multiline {
            advance(); advance()
            if current == "\r" { advance() }
            if current == "\n" { advance() }
        } else if current == quote {
            advance()
            return ""
        }
        var text = ""
        while true {
            guard let scalar = current else { throw fail("unterminated string") }
            if scalar == quote {
                if !multiline { advance(); return text }
                if peek(1) == quote, peek(2) == quote {
                    advance(); advance(); advance()
                    // Up to two quotes may close a multi-line string right after the delimiter.
                    var extra = 0
                    while current == quote, extra < 2 {
                        text.unicodeScalars.append(quote)
                        advance()
                        extra += 1
                    }
                    return text
                }
            }
            if scalar == "\n", !multiline { throw fail("newline in a single-line string") }
            if scalar == "\\", quote == "\"" {
                advance()
                guard let escaped = current else { throw fail("unterminated string") }
                switch escaped {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                case "\"": text.append("\"")
                case "\\": text.append("\\")
                case "b": text.append("\u{8}")
                case "f": text.append("\u{C}")
                case "u", "U":
                    let count = escaped == "u" ? 4 : 8
                    var hex = ""
                    for _ in 0..<count {
                        advance()
                        guard let digit = current else { throw fail("short unicode escape") }
                        hex.unicodeScalars.append(digit)
                    }
                    guard let code = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(code) else { throw fail("bad unicode escape") }
                    text.unicodeScalars.append(decoded)
                case "\n", " ", "\t", "\r":
                    guard multiline else { throw fail("unknown escape") }
                    // A line-ending backslash trims the newline and the blanks that follow.
                    while let next = current, next == " " || next == "\t" || next == "\n" || next == "\r" { advance() }
                    continue
                default: throw fail("unknown escape '\\\(escaped)'")
                }
                advance()
                continue
            }
            text.unicodeScalars.append(scalar)
            advance()
        }
    }

    private static func insertHeader(
        _ path: [String], table: TOMLTable, appending: Bool, into root: inout TOMLTable, line: Int
    ) throws(TOMLError) {
        guard let first = path.first else { return }
        if path.count == 1 {
            if appending {
                var items = root[first]?.array ?? []
                if let existing = root[first], existing.array == nil { throw TOMLError(line: line, reason: "'\(first)' is not an array of tables") }
                items.append(.table(table))
                if root[first] == nil { _ = root.set(first, .array(items), line: line) } else { root.replace(first, .array(items)) }
            } else if let existing = root[first] {
                guard var inner = existing.table else { throw TOMLError(line: line, reason: "'\(first)' is defined twice") }
                if inner.line == 0 { inner.line = line; root.replace(first, .table(inner)) }
            } else {
                _ = root.set(first, .table(table), line: line)
            }
            return
        }
        let rest = Array(path.dropFirst())
        try descend(first, in: &root, line: line) { (inner: inout TOMLTable) throws(TOMLError) in
            try insertHeader(rest, table: table, appending: appending, into: &inner, line: line)
        }
    }

    /// Sets `value` at `path`; inside `[[array]]` the current table is the array's last element.
    private static func assign(
        _ path: [String], _ value: TOMLValue, inArrayTable: Bool, tableDepth: Int, into root: inout TOMLTable, line: Int
    ) throws(TOMLError) {
        guard let first = path.first else { return }
        if path.count == 1 {
            guard root.set(first, value, line: line) else { throw TOMLError(line: line, reason: "'\(first)' is defined twice") }
            return
        }
        let rest = Array(path.dropFirst())
        try descend(first, in: &root, line: line) { (inner: inout TOMLTable) throws(TOMLError) in
            try assign(rest, value, inArrayTable: inArrayTable, tableDepth: tableDepth - 1, into: &inner, line: line)
        }
    }

    /// Runs `body` on the table under `key` (the last element of an array of tables), creating it.
    private static func descend(
        _ key: String, in table: inout TOMLTable, line: Int, _ body: (inout TOMLTable) throws(TOMLError) -> Void
    ) throws(TOMLError) {
        switch table[key] {
        case nil:
            var inner = TOMLTable()
            try body(&inner)
            _ = table.set(key, .table(inner), line: line)
        case let .table(existing)?:
            var inner = existing
            try body(&inner)
            table.replace(key, .table(inner))
        case var .array(items)?:
            guard case var .table(last)? = items.last else { throw TOMLError(line: line, reason: "'\(key)' is not a table") }
            try body(&last)
            items[items.count - 1] = .table(last)
            table.replace(key, .array(items))
        default:
            throw TOMLError(line: line, reason: "'\(key)' is not a table")
        }
    }
}

/// Why a TOML text could not be read, with its 1-based line.
public struct TOMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var reason: String

    public var description: String { "line \(line): \(reason)" }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = self[...]
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
