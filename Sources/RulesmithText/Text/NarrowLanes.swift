/// The narrow chunks of `ProgressionChunks`: per chunk and lane, a line through the lane's
/// values (its first value and an average step, or the same of its difference from the lane
/// before) and each value's distance from that line in one, two or four bytes, the fewest that
/// hold the chunk's largest distance. A value is read in O(1): the line at its position plus
/// its residual. Lanes of short lines whose fields wander a little (offsets of lines of varied
/// length) so cost a byte each instead of four.
public struct NarrowLanes: Sendable {
    /// Lanes per element at most (an llms.txt item has 20).
    public static let maximumLaneCount = 20

    /// One lane of one chunk.
    @usableFromInline
    struct Lane: Sendable {
        @usableFromInline var base: UInt32
        /// In 256ths, so lanes that advance by half a step per element (a list item's lines,
        /// shared by its paragraph) stay within a byte of the line.
        @usableFromInline var step: Int32
        /// Where the residuals start in `residuals`.
        @usableFromInline var offset: UInt32
        /// Bytes per residual: 0 (all on the line), 1, 2 or 4.
        @usableFromInline var width: UInt8
        /// The line is through the difference from the lane before.
        @usableFromInline var fromPrevious: Bool
    }

    @usableFromInline var lanes: [Lane] = []
    @usableFromInline var residuals: [UInt8] = []

    @inlinable
    public init() {}

    /// Reads element `inner` of the chunk whose lanes start at `record` into `row`.
    @inlinable
    func read(_ record: Int, _ laneCount: Int, _ inner: Int, into row: UnsafeMutablePointer<UInt32>) {
        for index in 0..<laneCount {
            let lane = lanes[record + index]
            var value = lane.base &+ Self.offset(lane.step, inner)
            switch lane.width {
            case 0: break
            case 1: value &+= UInt32(bitPattern: Int32(Int8(bitPattern: residuals[Int(lane.offset) + inner])))
            case 2:
                let at = Int(lane.offset) + 2 * inner
                value &+= UInt32(bitPattern: Int32(Int16(bitPattern: UInt16(residuals[at]) | UInt16(residuals[at + 1]) << 8)))
            default:
                let at = Int(lane.offset) + 4 * inner
                value &+= UInt32(residuals[at]) | UInt32(residuals[at + 1]) << 8 | UInt32(residuals[at + 2]) << 16
                    | UInt32(residuals[at + 3]) << 24
            }
            if lane.fromPrevious { value &+= row[index - 1] }
            row[index] = value
        }
    }

    @inlinable
    static func offset(_ step: Int32, _ position: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: (Int(step) &* position) >> 8)
    }

    /// Stores a chunk of rows (`rows[element * laneCount + lane]`, 256 elements) and returns
    /// the record its lanes start at.
    @usableFromInline
    mutating func append(_ rows: UnsafePointer<UInt32>, laneCount: Int) -> Int {
        let record = lanes.count
        for index in 0..<laneCount {
            let lane = Self.bestLane(rows, laneCount, index)
            lanes.append(lane)
            lanes[record + index].offset = UInt32(truncatingIfNeeded: residuals.count)
            residuals.append(contentsOf: repeatElement(0, count: 256 * Int(lane.width)))
            writeResiduals(rows, laneCount, record + index, index)
        }
        return record
    }

    /// Stores the chunk at `record` again, with an element changed: in its old place when every
    /// lane still fits its old width (the usual case: one block's end moved a little), else at
    /// the end (the old residuals left unused).
    @usableFromInline
    mutating func replace(_ record: Int, _ rows: UnsafePointer<UInt32>, laneCount: Int) {
        let fitted = (0..<laneCount).map { Self.bestLane(rows, laneCount, $0) }
        let inPlace = (0..<laneCount).allSatisfy { fitted[$0].width <= lanes[record + $0].width }
        for index in 0..<laneCount {
            var lane = fitted[index]
            if inPlace {
                lane.offset = lanes[record + index].offset
            } else {
                lane.offset = UInt32(truncatingIfNeeded: residuals.count)
                residuals.append(contentsOf: repeatElement(0, count: 256 * Int(lane.width)))
            }
            lanes[record + index] = lane
            writeResiduals(rows, laneCount, record + index, index)
        }
    }

    private static func bestLane(_ rows: UnsafePointer<UInt32>, _ laneCount: Int, _ index: Int) -> Lane {
        let direct = fit(rows, laneCount, index, previous: false, count: 256)
        if index > 0, direct.width > 0 {
            let relative = fit(rows, laneCount, index, previous: true, count: 256)
            if relative.width < direct.width { return relative.lane }
        }
        return direct.lane
    }

    private mutating func writeResiduals(_ rows: UnsafePointer<UInt32>, _ laneCount: Int, _ record: Int, _ index: Int) {
        let lane = lanes[record]
        let width = Int(lane.width)
        guard width > 0 else { return }
        var at = Int(lane.offset)
        for element in 0..<256 {
            let residual = Self.value(rows, laneCount, index, element, lane.fromPrevious)
                &- (lane.base &+ Self.offset(lane.step, element))
            for byte in 0..<width {
                residuals[at] = UInt8(truncatingIfNeeded: residual >> (8 * byte))
                at += 1
            }
        }
    }

    private static func value(
        _ rows: UnsafePointer<UInt32>, _ laneCount: Int, _ lane: Int, _ element: Int, _ fromPrevious: Bool
    ) -> UInt32 {
        let value = rows[element * laneCount + lane]
        return fromPrevious ? value &- rows[element * laneCount + lane - 1] : value
    }

    /// The line through a lane's first and last values (or its first step, when the lane
    /// advances by it throughout) and the residual width it needs.
    private static func fit(
        _ rows: UnsafePointer<UInt32>, _ laneCount: Int, _ lane: Int, previous: Bool, count: Int
    ) -> (lane: Lane, width: UInt8) {
        let first = value(rows, laneCount, lane, 0, previous)
        let firstStep = Int32(bitPattern: value(rows, laneCount, lane, 1, previous) &- first)
        let span = Int(Int32(bitPattern: value(rows, laneCount, lane, count - 1, previous) &- first))
        var best = Lane(base: first, step: 0, offset: 0, width: 4, fromPrevious: previous)
        // The first step (exact when the lane advances steadily) and the average one; a step
        // beyond 2^23 does not fit in 256ths, and such a lane takes four bytes.
        for fixed in [Int(firstStep) * 256, span * 256 / (count - 1)] where abs(fixed) <= Int(Int32.max) {
            var largest: Int32 = 0
            var smallest: Int32 = 0
            for element in 0..<count {
                let residual = Int32(bitPattern: value(rows, laneCount, lane, element, previous)
                    &- (first &+ offset(Int32(fixed), element)))
                largest = max(largest, residual)
                smallest = min(smallest, residual)
            }
            let width: UInt8 = largest == 0 && smallest == 0 ? 0
                : largest <= Int32(Int8.max) && smallest >= Int32(Int8.min) ? 1
                : largest <= Int32(Int16.max) && smallest >= Int32(Int16.min) ? 2 : 4
            if width < best.width { best = Lane(base: first, step: Int32(fixed), offset: 0, width: width, fromPrevious: previous) }
            if width == 0 { break }
        }
        return (best, best.width)
    }
}
