/// The narrow chunks of `ProgressionChunks`: per chunk and lane, a line through the lane's
/// values (its first value and an average step), or through their difference from one of the
/// few lanes before it, and each value's distance from that line in half a byte, one, two or
/// four bytes, the fewest that hold the chunk's largest distance.
///
/// A lane whose even and odd elements differ (blocks of two kinds alternating: a list item,
/// then its paragraph) has a line and a width per parity, and its odd elements may be read as
/// their distance from the even element before them (a paragraph starts two bytes after its
/// item, wherever the item is). A value is read in O(1): the line at its position plus its
/// residual (plus, for such an odd element, the even one's). Lanes of short lines whose fields
/// wander a little (offsets of lines of varied length) so cost a byte or half of one each
/// instead of four, and fields that follow another field or the element before cost nothing.
public struct NarrowLanes: Sendable {
    /// Lanes per element at most (an llms.txt item has 20).
    public static let maximumLaneCount = 20

    /// Lanes back a lane may be read against: an element's fields are ordered so that the ones
    /// that move together are close (a range's bounds, a link's parts).
    static let maximumReference = 2

    /// log2 of the elements of a chunk (`ProgressionChunks` stores chunks of this many).
    @inlinable static var shift: Int { 10 }
    /// Elements of a chunk; half of them when a lane alternates.
    @inlinable static var perChunk: Int { 1 << shift }

    /// One lane of one chunk.
    @usableFromInline
    struct Lane: Sendable {
        /// The line's value at the first element (at the first even one when the lane alternates).
        @usableFromInline var base: UInt32
        /// In 256ths, so lanes that advance by half a step per element stay within a residual of
        /// the line; per pair of elements when the lane alternates.
        @usableFromInline var step: Int32
        /// Where the lane's bytes start in `residuals`: for an alternating lane the odd elements'
        /// base and step (eight bytes), the even elements' residuals, then the odd ones'.
        @usableFromInline var offset: UInt32
        /// The residuals' width code (`bits`): of every element, or in the low four bits of the
        /// even elements and in the high four of the odd ones when the lane alternates.
        @usableFromInline var widths: UInt8
        /// The low five bits: how many lanes back the lane this one is read against is (0: none);
        /// bit 7: the lane alternates; bit 6: its odd elements are read against the even one before.
        @usableFromInline var shape: UInt8

        @inlinable var alternates: Bool { shape & 0x80 != 0 }
        @inlinable var pairs: Bool { shape & 0x40 != 0 }
        @inlinable var reference: Int { Int(shape & 0x1F) }

        /// Bytes the lane takes in `residuals`.
        var byteCount: Int {
            alternates
                ? 8 + NarrowLanes.perChunk / 16 * (NarrowLanes.bits(widths & 15) + NarrowLanes.bits(widths >> 4))
                : NarrowLanes.perChunk / 8 * NarrowLanes.bits(widths)
        }
    }

    @usableFromInline var lanes: [Lane] = []
    @usableFromInline var residuals: [UInt8] = []

    @inlinable
    public init() {}

    /// Bits per residual of a width code: 0, 4, 8, 16 or 32.
    @inlinable
    static func bits(_ code: UInt8) -> Int { code == 0 ? 0 : 2 << code }

    /// Reads element `inner` of the chunk whose lanes start at `record` into `row`.
    @inlinable
    func read(_ record: Int, _ laneCount: Int, _ inner: Int, into row: UnsafeMutablePointer<UInt32>) {
        lanes.withUnsafeBufferPointer { lanes in
            residuals.withUnsafeBufferPointer { buffer in
                // Never empty once a chunk is stored (`append`).
                let bytes = buffer.baseAddress!
                let lanes = lanes.baseAddress! + record
                for index in 0..<laneCount {
                    let lane = lanes[index]
                    var value: UInt32
                    if !lane.alternates {
                        value = lane.base &+ Self.offset(lane.step, inner)
                        if lane.widths != 0 { value &+= Self.residual(bytes, Int(lane.offset), lane.widths, inner) }
                    } else {
                        let at = Int(lane.offset)
                        let position = inner >> 1
                        let evenCode = lane.widths & 15
                        let evenAt = at + 8
                        let even = lane.base &+ Self.offset(lane.step, position) &+ Self.residual(bytes, evenAt, evenCode, position)
                        if inner & 1 == 0 {
                            value = even
                        } else {
                            value = Self.load(bytes + at) &+ Self.offset(Int32(bitPattern: Self.load(bytes + at + 4)), position)
                                &+ Self.residual(bytes, evenAt + Self.perChunk / 16 * Self.bits(evenCode), lane.widths >> 4, position)
                            if lane.pairs { value &+= even }
                        }
                    }
                    if lane.reference != 0 { value &+= row[index - lane.reference] }
                    row[index] = value
                }
            }
        }
    }

    /// The residual at `position` of residuals of width `code` starting at `at`.
    @inlinable
    static func residual(_ bytes: UnsafePointer<UInt8>, _ at: Int, _ code: UInt8, _ position: Int) -> UInt32 {
        switch code {
        case 0: return 0
        case 1:
            let byte = bytes[at + position >> 1]
            let nibble = position & 1 == 0 ? byte << 4 : byte & 0xF0
            return UInt32(bitPattern: Int32(Int8(bitPattern: nibble) >> 4))
        case 2: return UInt32(bitPattern: Int32(Int8(bitPattern: bytes[at + position])))
        case 3:
            let at = at + 2 * position
            return UInt32(bitPattern: Int32(Int16(bitPattern: UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8)))
        default: return load(bytes + at + 4 * position)
        }
    }

    @inlinable
    static func offset(_ step: Int32, _ position: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: (Int(step) &* position) >> 8)
    }

    @inlinable
    static func load(_ bytes: UnsafePointer<UInt8>) -> UInt32 {
        UInt32(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt32.self))
    }

    /// Stores a chunk of rows (`rows[element * laneCount + lane]`, `perChunk` elements) and returns
    /// the record its lanes start at.
    @usableFromInline
    mutating func append(_ rows: UnsafePointer<UInt32>, laneCount: Int) -> Int {
        let record = lanes.count
        // A first byte no lane uses, so the residuals have an address even when every lane is on its line.
        if residuals.isEmpty { residuals.append(0) }
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 3 * Self.perChunk / 2) { scratch in
            for index in 0..<laneCount {
                var fitted = Self.bestLane(rows, laneCount, index, scratch.baseAddress!)
                fitted.lane.offset = UInt32(truncatingIfNeeded: residuals.count)
                residuals.append(contentsOf: repeatElement(0, count: fitted.lane.byteCount))
                lanes.append(fitted.lane)
                write(fitted, scratch.baseAddress!)
            }
        }
        return record
    }

    /// Stores the chunk at `record` again, with an element changed: in its old place when every
    /// lane still fits its old bytes (the usual case: one block's end moved a little), else at
    /// the end (the old residuals left unused).
    @usableFromInline
    mutating func replace(_ record: Int, _ rows: UnsafePointer<UInt32>, laneCount: Int) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 3 * Self.perChunk / 2) { scratch in
            let fitted = (0..<laneCount).map { Self.bestLane(rows, laneCount, $0, scratch.baseAddress!) }
            let inPlace = (0..<laneCount).allSatisfy { fitted[$0].lane.byteCount <= lanes[record + $0].byteCount }
            for index in 0..<laneCount {
                var lane = fitted[index]
                if inPlace {
                    lane.lane.offset = lanes[record + index].offset
                } else {
                    lane.lane.offset = UInt32(truncatingIfNeeded: residuals.count)
                    residuals.append(contentsOf: repeatElement(0, count: lane.lane.byteCount))
                }
                lanes[record + index] = lane.lane
                write(lane, scratch.baseAddress!)
            }
        }
    }

    /// A line through some values, and the width code of their residuals.
    private struct Line {
        var base: UInt32
        var step: Int32
        var code: UInt8
    }

    /// A lane as fitted, with the odd elements' line when it alternates.
    private struct Fitted {
        var lane: Lane
        var odd = Line(base: 0, step: 0, code: 0)
        var rows: UnsafePointer<UInt32>
        var laneCount: Int
        var index: Int
    }

    /// The cheapest of: the lane's values, or their difference from one of the few lanes
    /// before it, through one line, a line per parity, or a line for the even elements and
    /// one for the odd elements' distance from the even one before.
    private static func bestLane(
        _ rows: UnsafePointer<UInt32>, _ laneCount: Int, _ index: Int, _ scratch: UnsafeMutablePointer<Int32>
    ) -> Fitted {
        var best = Fitted(
            lane: Lane(base: 0, step: 0, offset: 0, widths: 4, shape: 0), rows: rows, laneCount: laneCount, index: index)
        var bestBytes = Int.max
        let values = scratch
        let differences = scratch + perChunk
        for reference in 0...min(index, maximumReference) {
            fill(values, rows, laneCount, index, reference)
            let shape = UInt8(reference)
            let single = fit(values, stride: 1, count: perChunk)
            if perChunk / 8 * bits(single.code) < bestBytes {
                bestBytes = perChunk / 8 * bits(single.code)
                best.lane = Lane(base: single.base, step: single.step, offset: 0, widths: single.code, shape: shape)
            }
            if bestBytes == 0 { break }
            let even = fit(values, stride: 2, count: perChunk / 2)
            let odd = fit(values + 1, stride: 2, count: perChunk / 2)
            for pair in 0..<perChunk / 2 { differences[pair] = values[2 * pair + 1] &- values[2 * pair] }
            let fromEven = fit(differences, stride: 1, count: perChunk / 2)
            for (line, pairs) in [(odd, false), (fromEven, true)] {
                // A line per parity only pays when it saves more than the odd line's eight bytes.
                let bytes = 8 + perChunk / 16 * (bits(even.code) + bits(line.code))
                guard bytes < bestBytes else { continue }
                bestBytes = bytes
                best.lane = Lane(
                    base: even.base, step: even.step, offset: 0, widths: even.code | line.code << 4,
                    shape: shape | 0x80 | (pairs ? 0x40 : 0))
                best.odd = line
            }
            if bestBytes == 8 { break }
        }
        return best
    }

    /// The lane's values, less those of the lane `reference` back (when not 0).
    private static func fill(
        _ values: UnsafeMutablePointer<Int32>, _ rows: UnsafePointer<UInt32>, _ laneCount: Int, _ index: Int, _ reference: Int
    ) {
        for element in 0..<perChunk {
            let value = rows[element * laneCount + index]
            values[element] = Int32(bitPattern: reference == 0 ? value : value &- rows[element * laneCount + index - reference])
        }
    }

    /// The line through `count` values `stride` apart (the first step, exact when they advance
    /// steadily, or the average one) with the narrowest residuals; both steps are tried in one
    /// pass over the values.
    private static func fit(_ values: UnsafePointer<Int32>, stride: Int, count: Int) -> Line {
        let first = values[0]
        let firstStep = Int(values[stride] &- first) * 256
        let averageStep = Int(values[stride * (count - 1)] &- first) * 256 / (count - 1)
        let firstFixed = Int32(truncatingIfNeeded: firstStep)
        let averageFixed = Int32(truncatingIfNeeded: averageStep)
        var firstRange: (smallest: Int32, largest: Int32) = (0, 0)
        var averageRange: (smallest: Int32, largest: Int32) = (0, 0)
        for position in 0..<count {
            let value = values[stride * position] &- first
            let fromFirst = value &- Int32(bitPattern: offset(firstFixed, position))
            let fromAverage = value &- Int32(bitPattern: offset(averageFixed, position))
            firstRange = (min(firstRange.smallest, fromFirst), max(firstRange.largest, fromFirst))
            averageRange = (min(averageRange.smallest, fromAverage), max(averageRange.largest, fromAverage))
        }
        // A step beyond 2^23 does not fit in 256ths, and such a lane takes four bytes.
        let firstCode = abs(firstStep) <= Int(Int32.max) ? widthCode(firstRange.largest, firstRange.smallest) : 4
        let averageCode = abs(averageStep) <= Int(Int32.max) ? widthCode(averageRange.largest, averageRange.smallest) : 4
        if firstCode == 4 && averageCode == 4 { return Line(base: UInt32(bitPattern: first), step: 0, code: 4) }
        return averageCode < firstCode
            ? Line(base: UInt32(bitPattern: first), step: averageFixed, code: averageCode)
            : Line(base: UInt32(bitPattern: first), step: firstFixed, code: firstCode)
    }

    private static func widthCode(_ largest: Int32, _ smallest: Int32) -> UInt8 {
        if largest == 0 && smallest == 0 { return 0 }
        if largest <= 7 && smallest >= -8 { return 1 }
        if largest <= Int32(Int8.max) && smallest >= Int32(Int8.min) { return 2 }
        if largest <= Int32(Int16.max) && smallest >= Int32(Int16.min) { return 3 }
        return 4
    }

    /// Writes a fitted lane's odd line and residuals at its offset.
    private mutating func write(_ fitted: Fitted, _ scratch: UnsafeMutablePointer<Int32>) {
        let lane = fitted.lane
        let at = Int(lane.offset)
        Self.fill(scratch, fitted.rows, fitted.laneCount, fitted.index, lane.reference)
        guard lane.alternates else {
            writeResiduals(at, lane.widths, Self.perChunk) { UInt32(bitPattern: scratch[$0]) &- (lane.base &+ Self.offset(lane.step, $0)) }
            return
        }
        for byte in 0..<4 {
            residuals[at + byte] = UInt8(truncatingIfNeeded: fitted.odd.base >> (8 * byte))
            residuals[at + 4 + byte] = UInt8(truncatingIfNeeded: UInt32(bitPattern: fitted.odd.step) >> (8 * byte))
        }
        let evenCode = lane.widths & 15
        writeResiduals(at + 8, evenCode, Self.perChunk / 2) {
            UInt32(bitPattern: scratch[2 * $0]) &- (lane.base &+ Self.offset(lane.step, $0))
        }
        let odd = fitted.odd
        writeResiduals(at + 8 + Self.perChunk / 16 * Self.bits(evenCode), lane.widths >> 4, Self.perChunk / 2) {
            let value = lane.pairs ? scratch[2 * $0 + 1] &- scratch[2 * $0] : scratch[2 * $0 + 1]
            return UInt32(bitPattern: value) &- (odd.base &+ Self.offset(odd.step, $0))
        }
    }

    /// Writes `count` residuals of width `code` from `at`.
    private mutating func writeResiduals(_ at: Int, _ code: UInt8, _ count: Int, _ residual: (Int) -> UInt32) {
        switch code {
        case 0: return
        case 1:
            for position in stride(from: 0, to: count, by: 2) {
                residuals[at + position >> 1] = UInt8(truncatingIfNeeded: residual(position)) & 0x0F
                    | UInt8(truncatingIfNeeded: residual(position + 1)) << 4
            }
        default:
            let width = Self.bits(code) / 8
            for position in 0..<count {
                let value = residual(position)
                for byte in 0..<width { residuals[at + width * position + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
            }
        }
    }
}
