import RulesmithText

/// The anchors of a `NormalizedCopy`, packed into one to four bytes each, with an absolute
/// checkpoint every `stride` anchors to seek from. A twelve-byte record per anchor cost four times
/// the size of text alternating a letter and a no-break space (an anchor per three bytes).
///
/// An anchor is written as a byte with its flags (bits 0–3) and its source length (bits 4–7: 0–13;
/// 14 when longer, the length then follows; 15 when the anchor has the lengths and gaps of the
/// one before it, and then nothing follows); then a byte with its copy length (bits 0–5; 63 when
/// longer, the length then follows) and how its gaps are written (bits 6–7: 0, both gaps are nil;
/// 1, the copy and the source advanced alike since the anchor before, one gap follows; 2, both
/// follow); then the gaps and long lengths, as LEB128 numbers. A gap is how far the anchor starts
/// past the end of the one before it, in the copy or in the source. Text that changes at a steady
/// pace (every other character a no-break space) so costs a byte per change.
struct PackedAnchors {
    /// One anchor, unpacked (see `NormalizedCopy` for what the fields mean).
    struct Anchor: Equatable {
        var copyStart: Int
        var sourceStart: Int
        var copyLength: Int
        var sourceLength: Int
        var flags: UInt8

        var copyEnd: Int { copyStart + copyLength }
        var sourceEnd: Int { sourceStart + sourceLength }
    }

    /// A position in the list for reading forward: anchor `index` (when `index < count`) and
    /// where the next one starts in the packed bytes.
    struct Cursor {
        fileprivate(set) var index: Int
        fileprivate(set) var anchor: Anchor
        fileprivate var next: Int
        /// The gaps before `anchor` (a repeated anchor has them too).
        fileprivate var gaps: Gaps
    }

    /// How far an anchor starts past the end of the one before it, in the copy and in the source.
    fileprivate struct Gaps: Equatable {
        var copy: Int
        var source: Int
    }

    /// The state to go back to when a line turns out not to be kept (`truncate(to:)`).
    struct Mark {
        fileprivate var count: Int
        fileprivate var streamCount: Int
        fileprivate var checkpointCount: Int
        fileprivate var last: Anchor
        fileprivate var lastGaps: Gaps
    }

    /// Anchors from one checkpoint to the next: a seek reads at most this many.
    static let stride = 64

    /// An anchor before all the others, ending where the copy and the text start.
    private static let origin = Anchor(copyStart: 0, sourceStart: 0, copyLength: 0, sourceLength: 0, flags: 0)

    private var stream: [UInt8] = []
    /// For every `stride`-th anchor: where it starts in `stream` and its own starts.
    private var checkpoints: [(offset: Int, copyStart: UInt32, sourceStart: UInt32)] = []
    private(set) var count = 0
    /// The last anchor appended (nil when there is none).
    private(set) var last: Anchor?
    private var lastGaps = Gaps(copy: 0, source: 0)

    var isEmpty: Bool { count == 0 }

    /// Reserves room for about `anchors` anchors (pages are touched only as they are written).
    mutating func reserveCapacity(_ anchors: Int) {
        stream.reserveCapacity(2 * anchors)
        checkpoints.reserveCapacity(anchors / Self.stride + 1)
    }

    mutating func append(_ anchor: Anchor) {
        if count % Self.stride == 0 {
            checkpoints.append((
                stream.count, UInt32(truncatingIfNeeded: anchor.copyStart), UInt32(truncatingIfNeeded: anchor.sourceStart)))
        }
        let before = last ?? Self.origin
        let gaps = Gaps(copy: anchor.copyStart - before.copyEnd, source: anchor.sourceStart - before.sourceEnd)
        defer {
            count += 1
            last = anchor
            lastGaps = gaps
        }
        // A checkpoint's anchor is written whole: reading starts there.
        if count % Self.stride != 0, let last, gaps == lastGaps, anchor.copyLength == last.copyLength,
           anchor.sourceLength == last.sourceLength {
            stream.append(anchor.flags & 0x0F | 15 << 4)
            return
        }
        let form: UInt8 = gaps.copy == 0 && gaps.source == 0 ? 0 : (gaps.copy == gaps.source ? 1 : 2)
        stream.append(anchor.flags & 0x0F | UInt8(min(anchor.sourceLength, 14)) << 4)
        stream.append(UInt8(min(anchor.copyLength, 63)) | form << 6)
        if form >= 1 { Self.write(gaps.copy, into: &stream) }
        if form == 2 { Self.write(gaps.source, into: &stream) }
        if anchor.copyLength >= 63 { Self.write(anchor.copyLength, into: &stream) }
        if anchor.sourceLength >= 14 { Self.write(anchor.sourceLength, into: &stream) }
    }

    var mark: Mark {
        Mark(
            count: count, streamCount: stream.count, checkpointCount: checkpoints.count, last: last ?? Self.origin,
            lastGaps: lastGaps)
    }

    /// Drops every anchor appended since `mark`.
    mutating func truncate(to mark: Mark) {
        count = mark.count
        stream.removeSubrange(mark.streamCount...)
        checkpoints.removeSubrange(mark.checkpointCount...)
        last = count == 0 ? nil : mark.last
        lastGaps = mark.lastGaps
    }

    /// A cursor on anchor `index` (`index <= count`), reached in at most `stride` steps.
    func seek(to index: Int) -> Cursor {
        guard count > 0 else { return Cursor(index: 0, anchor: Self.origin, next: 0, gaps: Gaps(copy: 0, source: 0)) }
        var cursor = self.cursor(atCheckpoint: min(index / Self.stride, checkpoints.count - 1))
        while cursor.index < index { advance(&cursor) }
        return cursor
    }

    /// Moves `cursor` to the next anchor.
    func advance(_ cursor: inout Cursor) {
        cursor.index += 1
        guard cursor.index < count else { return }
        (cursor.anchor, cursor.gaps) = read(at: &cursor.next, after: cursor.anchor, cursor.gaps)
    }

    /// The last anchor whose copy start is at most `offset` (the first anchor starts at 0).
    func lastStarting(inCopyAtMost offset: Int) -> Anchor {
        // The last checkpoint starting at or before `offset`: the anchors from the next one on
        // start after it.
        let low = SortedSearch.last(in: checkpoints.indices, atOrBefore: offset) { Int(checkpoints[$0].copyStart) }
        var cursor = self.cursor(atCheckpoint: low)
        var found = cursor.anchor
        while true {
            advance(&cursor)
            guard cursor.index < count, cursor.anchor.copyStart <= offset else { return found }
            found = cursor.anchor
        }
    }

    /// A cursor on the first anchor whose source end is past `offset` (at `count` when none is).
    func firstEnding(inSourceAfter offset: Int) -> Cursor {
        guard count > 0 else { return seek(to: 0) }
        // Anchors do not overlap in the source, so every one before the last checkpoint starting
        // at or before `offset` ends by then.
        let low = SortedSearch.last(in: checkpoints.indices, atOrBefore: offset) { Int(checkpoints[$0].sourceStart) }
        var cursor = self.cursor(atCheckpoint: low)
        while cursor.index < count, cursor.anchor.sourceEnd <= offset { advance(&cursor) }
        return cursor
    }

    // MARK: Reading

    private func cursor(atCheckpoint block: Int) -> Cursor {
        let point = checkpoints[block]
        var next = point.offset
        // Its gaps count from an anchor not read; its own starts are in the checkpoint.
        let decoded = read(at: &next, after: Self.origin, Gaps(copy: 0, source: 0))
        var anchor = decoded.0
        let gaps = decoded.1
        anchor.copyStart = Int(point.copyStart)
        anchor.sourceStart = Int(point.sourceStart)
        return Cursor(index: block * Self.stride, anchor: anchor, next: next, gaps: gaps)
    }

    /// Decodes the anchor at `offset` that follows `previous` (read after `previousGaps`),
    /// moving `offset` past it.
    private func read(at offset: inout Int, after previous: Anchor, _ previousGaps: Gaps) -> (Anchor, Gaps) {
        let first = stream[offset]
        if first >> 4 == 15 {
            offset += 1
            let anchor = Anchor(
                copyStart: previous.copyEnd + previousGaps.copy, sourceStart: previous.sourceEnd + previousGaps.source,
                copyLength: previous.copyLength, sourceLength: previous.sourceLength, flags: first & 0x0F)
            return (anchor, previousGaps)
        }
        let second = stream[offset + 1]
        offset += 2
        var copyGap = 0
        var sourceGap = 0
        switch second >> 6 {
        case 0: break
        case 1:
            copyGap = Self.readNumber(stream, &offset)
            sourceGap = copyGap
        default:
            copyGap = Self.readNumber(stream, &offset)
            sourceGap = Self.readNumber(stream, &offset)
        }
        var copyLength = Int(second & 0x3F)
        if copyLength == 63 { copyLength = Self.readNumber(stream, &offset) }
        var sourceLength = Int(first >> 4)
        if sourceLength == 14 { sourceLength = Self.readNumber(stream, &offset) }
        let anchor = Anchor(
            copyStart: previous.copyEnd + copyGap, sourceStart: previous.sourceEnd + sourceGap, copyLength: copyLength,
            sourceLength: sourceLength, flags: first & 0x0F)
        return (anchor, Gaps(copy: copyGap, source: sourceGap))
    }

    private static func write(_ value: Int, into stream: inout [UInt8]) {
        var rest = UInt(bitPattern: value)
        while rest >= 0x80 {
            stream.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        stream.append(UInt8(rest))
    }

    private static func readNumber(_ stream: [UInt8], _ offset: inout Int) -> Int {
        var value = 0
        var shift = 0
        while true {
            let byte = stream[offset]
            offset += 1
            value |= Int(byte & 0x7F) << shift
            guard byte & 0x80 != 0 else { return value }
            shift += 7
        }
    }
}
