/// Finds, among many byte ranges of one buffer, each range whose bytes repeat an earlier one's
/// (hash tables keyed by the bytes themselves, no String made).
package enum RepeatedRanges {
    /// Ranges per partition: its table (two slots per range, 8 bytes each) stays in the L2 cache.
    @usableFromInline static let partitionSize = 4096

    /// Each range `i` (in increasing order) whose bytes equal those of an earlier range, with the
    /// first such range. Empty ranges are skipped.
    ///
    /// One table over a million URLs is tens of megabytes, and every probe missed the cache. So
    /// the ranges are first spread (stably, by hash bits) into partitions of a few thousand, each
    /// deduplicated with a small table: equal bytes hash equal and meet in one partition, in
    /// their original order, so "first" keeps its meaning.
    ///
    /// `@inlinable` so that the caller's `range` closure is specialized into the loops.
    @inlinable
    package static func find(
        in buffer: UnsafeBufferPointer<UInt8>, count: Int, range: (Int) -> Range<Int>
    ) -> [(index: Int, first: Int)] {
        let firsts = firstOccurrences(in: buffer, count: count, range: range)
        var repeats: [(index: Int, first: Int)] = []
        for (index, first) in firsts.enumerated() where first >= 0 { repeats.append((index, Int(first))) }
        return repeats
    }

    /// For each range, the first earlier range with the same bytes, or -1: four bytes per range
    /// in index order, so a file whose million links repeat needs no list of pairs and no sort.
    @inlinable
    package static func firstOccurrences(
        in buffer: UnsafeBufferPointer<UInt8>, count: Int, range: (Int) -> Range<Int>
    ) -> [Int32] {
        var firsts = [Int32](repeating: -1, count: count)
        guard count > 1 else { return firsts }
        var hashes = [UInt64](repeating: 0, count: count)
        var partitionBits = 0
        while partitionBits < 12, count >> partitionBits > partitionSize { partitionBits += 1 }
        let partitionMask = (1 << partitionBits) - 1
        var starts = [Int](repeating: 0, count: partitionMask + 2)
        for index in 0..<count {
            let bytes = range(index)
            guard !bytes.isEmpty else { continue }
            let hash = ByteHash.hash(buffer, bytes)
            hashes[index] = hash
            starts[(Int(truncatingIfNeeded: hash >> 20) & partitionMask) + 1] += 1
        }
        for partition in 0..<(partitionMask + 1) { starts[partition + 1] += starts[partition] }
        var order = [Int32](repeating: 0, count: starts[partitionMask + 1])
        var fill = starts
        for index in 0..<count where !range(index).isEmpty {
            let partition = Int(truncatingIfNeeded: hashes[index] >> 20) & partitionMask
            order[fill[partition]] = Int32(truncatingIfNeeded: index)
            fill[partition] += 1
        }

        var slots: [UInt64] = []
        for partition in 0..<(partitionMask + 1) {
            let members = starts[partition]..<starts[partition + 1]
            guard members.count > 1 else { continue }
            // Half full at most; each slot holds the hash's upper half and the index + 1 (0: empty).
            var capacity = 16
            while capacity < members.count * 2 { capacity <<= 1 }
            let mask = capacity - 1
            slots.removeAll(keepingCapacity: true)
            slots.append(contentsOf: repeatElement(0, count: capacity))
            for member in members {
                let index = Int(order[member])
                let bytes = range(index)
                let hash = hashes[index]
                let tag = hash >> 32
                var slot = Int(truncatingIfNeeded: hash) & mask
                var first: Int?
                while slots[slot] != 0 {
                    let entry = slots[slot]
                    if entry >> 32 == tag {
                        let candidate = Int(entry & 0xFFFF_FFFF) - 1
                        if ByteHash.equal(buffer, range(candidate), bytes) {
                            first = candidate
                            break
                        }
                    }
                    slot = (slot + 1) & mask
                }
                if let first {
                    firsts[index] = Int32(truncatingIfNeeded: first)
                } else {
                    slots[slot] = tag << 32 | UInt64(index + 1)
                }
            }
        }
        return firsts
    }
}
