/// Finds, among many byte ranges of one buffer, each range whose bytes repeat an earlier one's
/// (hash tables keyed by the bytes themselves, no String made).
package enum RepeatedRanges {
    /// Ranges per group: a group is deduplicated with one table (8 bytes a slot, at most half
    /// full, about 256 KB for a group of distinct ranges), which stays in the L2 cache.
    @usableFromInline static let groupSize = 16_384

    /// Marks an empty range in the list of groups (there are at most 255 groups).
    @usableFromInline static let noGroup: UInt8 = 0xFF

    /// Each range `i` (in increasing order) whose bytes equal those of an earlier range, with the
    /// first such range. Empty ranges are skipped.
    @inlinable
    package static func find(
        in buffer: UnsafeBufferPointer<UInt8>, count: Int, range: (Int) -> Range<Int>
    ) -> [(index: Int, first: Int)] {
        var set = repeats(in: buffer, count: count, listing: 64, range: range)
        var found: [(index: Int, first: Int)] = []
        for index in 0..<count where set.isRepeat(index) {
            found.append((index, set.first(of: index, in: buffer, range: range)))
        }
        return found
    }

    /// Which ranges repeat an earlier one (a bit each), and the first occurrence of the first
    /// `listing` of them, in index order: what a rule needs to report every repeat and to name
    /// the first occurrence in the messages it lists (the rest are only counted). Further firsts
    /// are found when asked (`RepeatedRangeSet.first(of:in:range:)`).
    ///
    /// At most six bytes per range while it runs, where a table of every range's hash, its
    /// place and its result held 16 (twice a file of a million short section names): each
    /// range's group (a byte, from its hash) and, where the ranges are not dense in the text,
    /// the hash's top half (four), then one group at a time (found with `memchr` in the list of
    /// groups) its ranges go by that hash into a table of the group's distinct ranges. Equal bytes hash equal and meet in one group, in
    /// their original order, so "first" keeps its meaning.
    ///
    /// `@inlinable` so that the caller's `range` closure is specialized into the loops.
    @inlinable
    package static func repeats(
        in buffer: UnsafeBufferPointer<UInt8>, count: Int, listing: Int, range: (Int) -> Range<Int>
    ) -> RepeatedRangeSet {
        var set = RepeatedRangeSet(count: count, listing: listing)
        guard count > 1 else {
            set.knownThrough = count - 1
            return set
        }
        set.window(after: -1, in: buffer, range: range, marking: true)
        return set
    }

    /// The group of a hash among `groups` (from its top bits; a table slot is read from its low ones).
    @inlinable
    static func group(_ hash: UInt64, _ groups: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: ((hash >> 32) &* UInt64(groups)) >> 32)
    }

    /// Calls `body(index, first)` for every range that repeats an earlier one, group by group
    /// (in index order within a group).
    @inlinable
    static func eachRepeat(
        in buffer: UnsafeBufferPointer<UInt8>, count: Int, range: (Int) -> Range<Int>, _ body: (Int, Int) -> Void
    ) {
        let groupCount = min(255, max(1, count / groupSize))
        var groups = [UInt8](repeating: noGroup, count: count)
        // Each range's hash, its top half, kept from this pass: the group pass reads it instead
        // of hashing the range again, and reads the range's bytes only to compare them with a
        // candidate whose hash is equal. Kept where its four bytes a range are under a
        // sixteenth of the text (the links of an llms.txt, 100 bytes a line); a flood of short
        // names, where they would be half of it at the run's peak, hashes each name twice.
        let keepsHashes = count <= buffer.count / 64
        var tags = [UInt32](repeating: 0, count: keepsHashes ? count : 0)
        var sizes = [Int](repeating: 0, count: groupCount)
        for index in 0..<count {
            let bytes = range(index)
            guard !bytes.isEmpty else { continue }
            let hash = ByteHash.hash(buffer, bytes)
            let part = group(hash, groupCount)
            groups[index] = part
            if keepsHashes { tags[index] = UInt32(truncatingIfNeeded: hash >> 32) }
            sizes[Int(part)] += 1
        }
        groups.withUnsafeBufferPointer { groups in
            // Each slot holds the hash's top half (whose low bits also pick the slot, so a grown
            // table is filled again from the entries alone) and the index + 1 (0: empty); half
            // full at most. Sized for the group's ranges up to 65,536 slots, then grown as
            // distinct ranges arrive (a group of a million copies of one link holds one).
            var slots: [UInt64] = []
            for group in 0..<groupCount where sizes[group] > 0 {
                var capacity = 16
                while capacity < 2 * sizes[group], capacity < 1 << 16 { capacity <<= 1 }
                var mask = capacity - 1
                var entries = 0
                slots.removeAll(keepingCapacity: true)
                slots.append(contentsOf: repeatElement(0, count: capacity))
                var index = -1
                while true {
                    index = ByteScan.first(UInt8(truncatingIfNeeded: group), in: groups, from: index + 1, to: count)
                    guard index < count else { break }
                    let tag = keepsHashes ? UInt64(tags[index]) : ByteHash.hash(buffer, range(index)) >> 32
                    var slot = Int(truncatingIfNeeded: tag) & mask
                    var first = -1
                    while slots[slot] != 0 {
                        let entry = slots[slot]
                        if entry >> 32 == tag {
                            let candidate = Int(entry & 0xFFFF_FFFF) - 1
                            if ByteHash.equal(buffer, range(candidate), range(index)) {
                                first = candidate
                                break
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                    if first >= 0 {
                        body(index, first)
                        continue
                    }
                    slots[slot] = tag << 32 | UInt64(index + 1)
                    entries += 1
                    guard 2 * entries > capacity else { continue }
                    capacity <<= 1
                    mask = capacity - 1
                    let old = slots
                    slots = [UInt64](repeating: 0, count: capacity)
                    for entry in old where entry != 0 {
                        var at = Int(truncatingIfNeeded: entry >> 32) & mask
                        while slots[at] != 0 { at = (at + 1) & mask }
                        slots[at] = entry
                    }
                }
            }
        }
    }
}

/// Which of many ranges repeat an earlier one (`RepeatedRanges.repeats`): a bit per range, and
/// the first occurrences of a window of repeats, found again further on when asked.
package struct RepeatedRangeSet {
    @usableFromInline let count: Int
    @usableFromInline var bits: [UInt64]
    /// Repeats per window of first occurrences; doubled each time a further window is found.
    @usableFromInline var listing: Int
    /// (index, first) of every repeat in `knownFrom...knownThrough`, by index.
    @usableFromInline var known: [(index: Int32, first: Int32)] = []
    @usableFromInline var knownFrom = 0
    @usableFromInline var knownThrough = -1

    @inlinable
    init(count: Int, listing: Int) {
        self.count = count
        self.listing = max(1, listing)
        bits = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    /// Whether range `index` repeats an earlier one.
    @inlinable
    package func isRepeat(_ index: Int) -> Bool {
        bits[index >> 6] & 1 << UInt64(index & 63) != 0
    }

    /// The first range with the bytes of range `index`, a repeat (the same buffer and ranges
    /// the set was made from): looked up in the window of first occurrences, after finding the
    /// window (twice as many) that starts at `index` when it is outside.
    @inlinable
    package mutating func first(of index: Int, in buffer: UnsafeBufferPointer<UInt8>, range: (Int) -> Range<Int>) -> Int {
        if index < knownFrom || index > knownThrough {
            // The window starts at the repeat asked for: asked in order, right after the last one.
            listing *= 2
            window(after: index - 1, in: buffer, range: range, marking: false)
        }
        let low = SortedSearch.first(in: known.indices) { Int(known[$0].index) < index }
        precondition(low < known.count && Int(known[low].index) == index, "range \(index) repeats no earlier range")
        return Int(known[low].first)
    }

    /// Finds the first occurrences of the `listing` repeats after `after` (and, when
    /// `marking`, sets the bit of every repeat): the pairs are kept while they are few, sorted
    /// and cut to the earliest `listing` when they double.
    @inlinable
    mutating func window(after: Int, in buffer: UnsafeBufferPointer<UInt8>, range: (Int) -> Range<Int>, marking: Bool) {
        var pairs: [(index: Int32, first: Int32)] = []
        var cutoff = Int.max
        let listing = listing
        // Moved out while they are written, so the closure's writes do not copy them.
        var bits: [UInt64] = []
        if marking { swap(&bits, &self.bits) }
        RepeatedRanges.eachRepeat(in: buffer, count: count, range: range) { index, first in
            if marking { bits[index >> 6] |= 1 << UInt64(index & 63) }
            guard index > after, index < cutoff else { return }
            pairs.append((Int32(truncatingIfNeeded: index), Int32(truncatingIfNeeded: first)))
            if pairs.count >= 2 * listing {
                pairs.sort { $0.index < $1.index }
                pairs.removeLast(pairs.count - listing)
                cutoff = Int(pairs[listing - 1].index)
            }
        }
        if marking { swap(&bits, &self.bits) }
        pairs.sort { $0.index < $1.index }
        if pairs.count > listing { pairs.removeLast(pairs.count - listing) }
        known = pairs
        knownFrom = after + 1
        knownThrough = pairs.count < listing ? count - 1 : Int(pairs[listing - 1].index)
    }
}
