/// A TOML value as the facts engine needs it: strings, arrays and tables keep their structure;
/// numbers, booleans and dates keep their source text.
public indirect enum TOMLValue: Sendable, Hashable {
    case string(String)
    case scalar(String)
    case array([TOMLValue])
    case table(TOMLTable)

    public var string: String? { if case let .string(value) = self { value } else { nil } }
    public var array: [TOMLValue]? { if case let .array(value) = self { value } else { nil } }
    public var table: TOMLTable? { if case let .table(value) = self { value } else { nil } }
    /// The strings of an array of strings (other elements skipped).
    public var strings: [String] { array?.compactMap(\.string) ?? [] }
}

/// A TOML table: keys in source order, each with its value and the 1-based line that set it.
public struct TOMLTable: Sendable, Hashable {
    public private(set) var keys: [String] = []
    private var entries: [String: (value: TOMLValue, line: Int)] = [:]
    /// The line of the table's header (`[tool.ruff]`), 0 for the root and inline tables.
    public var line: Int = 0

    public init() {}

    public subscript(key: String) -> TOMLValue? { entries[key]?.value }

    /// The line where `key` was set (or where its table header stands).
    public func line(of key: String) -> Int? {
        guard let entry = entries[key] else { return nil }
        if case let .table(table) = entry.value, table.line > 0 { return table.line }
        return entry.line
    }

    /// The value at a dotted path of keys (`["tool", "poetry", "dependencies"]`).
    public func value(at path: [String]) -> TOMLValue? {
        guard let first = path.first else { return .table(self) }
        guard let value = self[first] else { return nil }
        if path.count == 1 { return value }
        return value.table?.value(at: Array(path.dropFirst()))
    }

    /// The table at a dotted path.
    public func table(at path: [String]) -> TOMLTable? { value(at: path)?.table }

    /// The line of the last key of `path`.
    public func line(at path: [String]) -> Int? {
        guard let last = path.last else { return nil }
        return table(at: Array(path.dropLast()))?.line(of: last)
    }

    mutating func set(_ key: String, _ value: TOMLValue, line: Int) -> Bool {
        if entries[key] != nil { return false }
        keys.append(key)
        entries[key] = (value, line)
        return true
    }

    mutating func replace(_ key: String, _ value: TOMLValue) {
        guard let line = entries[key]?.line else { return }
        entries[key] = (value, line)
    }

    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool {
        lhs.keys == rhs.keys && lhs.keys.allSatisfy { lhs.entries[$0]?.value == rhs.entries[$0]?.value && lhs.entries[$0]?.line == rhs.entries[$0]?.line }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(keys) }
}
