/// Integer arrays as text a Swift `StaticString` literal can hold: the security scan's built tables
/// live in a generated source file and are decoded on first use, instead of being built from the
/// word lists in every process.
///
/// Each array is a width `w` (one digit), a count (four digits) and `count` values of `w` digits,
/// most significant first; a digit is six bits written as the byte `0x30 + digit` (`0`…`o`, no
/// quote and nothing a raw literal reads as an escape). Line feeds are skipped, so the generated
/// file can wrap its lines.
struct TableWriter {
    private(set) var digits: [UInt8] = []

    /// Appends `values` (each at least zero) with as few digits as its largest value needs.
    mutating func append<S: Sequence>(_ values: S) where S.Element: BinaryInteger {
        let values = values.map { Int($0) }
        precondition(values.allSatisfy { $0 >= 0 }, "table values are not negative")
        precondition(values.count < 1 << 24, "a table holds fewer than 2^24 values")
        let largest = values.max() ?? 0
        var width = 1
        while largest >> (6 * width) != 0 { width += 1 }
        put(width, width: 1)
        put(values.count, width: 4)
        for value in values { put(value, width: width) }
    }

    /// Appends texts as their UTF-8 in one array, after the offsets where each starts.
    mutating func append(texts: [String]) {
        var starts = [0]
        for text in texts { starts.append(starts[starts.count - 1] + text.utf8.count) }
        append(starts)
        append(texts.flatMap(\.utf8))
    }

    /// The digits as the lines of a raw string literal, `columns` to a line.
    func lines(columns: Int = 120) -> [String] {
        stride(from: 0, to: digits.count, by: columns).map {
            String(decoding: digits[$0..<min(digits.count, $0 + columns)], as: UTF8.self)
        }
    }

    private mutating func put(_ value: Int, width: Int) {
        for position in (0..<width).reversed() { digits.append(0x30 + UInt8((value >> (6 * position)) & 0x3F)) }
    }
}

/// Reads the arrays a `TableWriter` wrote, in the same order, from a string literal's bytes
/// (which are constant data of the binary: nothing is copied but the decoded arrays).
struct TableReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ text: StaticString) {
        self.init(bytes: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Reads digits that outlive the reader.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next array, as `T` (which must hold every value).
    mutating func next<T: FixedWidthInteger>(_: T.Type = T.self) -> [T] {
        let width = value(width: 1)
        let count = value(width: 4)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            for slot in 0..<count { buffer[slot] = T(truncatingIfNeeded: value(width: width)) }
            initialized = count
        }
    }

    /// The next array, which holds exactly one value.
    mutating func single() -> Int {
        let values: [Int] = next()
        precondition(values.count == 1, "a single value")
        return values[0]
    }

    /// The next texts (`TableWriter.append(texts:)`).
    mutating func texts() -> [String] {
        let starts: [Int] = next()
        let bytes: [UInt8] = next()
        return starts.indices.dropLast().map { String(decoding: bytes[starts[$0]..<starts[$0 + 1]], as: UTF8.self) }
    }

    /// Whether every digit has been read (line feeds after the last are allowed).
    var isAtEnd: Bool { bytes[index...].allSatisfy { $0 == 0x0A } }

    @inline(__always)
    private mutating func value(width: Int) -> Int {
        var result = 0
        for _ in 0..<width {
            var byte = bytes[index]
            index += 1
            if byte == 0x0A {
                byte = bytes[index]
                index += 1
            }
            result = result << 6 | Int(byte &- 0x30)
        }
        return result
    }
}
