/// Binary search over positions kept in ascending order: the one loop that line tables, anchor
/// checkpoints, heading lists and index readers share, each giving its own key per position.
public enum SortedSearch {
    /// In the non-empty `indices`, the last index whose key is at or before `value`; the first
    /// index when none is (and `indices.lowerBound` when `indices` is empty).
    @inlinable
    public static func last(in indices: Range<Int>, atOrBefore value: Int, key: (Int) -> Int) -> Int {
        var low = indices.lowerBound
        var high = indices.upperBound - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if key(middle) <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// In `indices`, the first index for which `isBefore` is false (`indices.upperBound` when it
    /// holds everywhere); `isBefore` must hold for a prefix of the indices and for nothing after.
    @inlinable
    public static func first(in indices: Range<Int>, where isBefore: (Int) -> Bool) -> Int {
        var low = indices.lowerBound
        var high = indices.upperBound
        while low < high {
            let middle = (low + high) / 2
            if isBefore(middle) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
