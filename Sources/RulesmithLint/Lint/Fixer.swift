/// Applies text edits to bytes: sorted, non-overlapping, later overlapping edits skipped.
public enum Fixer {
    /// The bytes after applying every edit that does not overlap an earlier one, and how many fixes applied.
    public static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> (bytes: [UInt8], applied: Int) {
        var accepted: [TextEdit] = []
        var applied = 0
        var taken: [Range<Int>] = []
        for fix in fixes {
            let overlaps = fix.edits.contains { edit in
                taken.contains { other in
                    edit.range.overlaps(other) || (edit.range.isEmpty && other.contains(edit.range.lowerBound))
                        || (edit.range.lowerBound == other.lowerBound && edit.range.isEmpty && other.isEmpty)
                }
            }
            if overlaps { continue }
            accepted.append(contentsOf: fix.edits)
            taken.append(contentsOf: fix.edits.map(\.range))
            applied += 1
        }
        accepted.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var cursor = 0
        for edit in accepted {
            let lower = min(max(edit.range.lowerBound, cursor), bytes.count)
            output.append(contentsOf: bytes[cursor..<lower])
            output.append(contentsOf: edit.replacement)
            cursor = min(max(edit.range.upperBound, lower), bytes.count)
        }
        output.append(contentsOf: bytes[cursor...])
        return (output, applied)
    }
}
