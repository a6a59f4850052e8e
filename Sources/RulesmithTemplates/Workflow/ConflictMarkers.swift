/// Finds merge conflict markers left in a file (by `rulesmith apply` or by a git merge), so no
/// command merges over them or calls such a file up to date.
public enum ConflictMarkers {
    /// Whether `bytes` holds a `<<<<<<<` line followed later by a `>>>>>>>` line. A lone `=======`
    /// is a setext heading underline, so it is not evidence on its own.
    public static func contains(_ bytes: [UInt8]) -> Bool {
        firstLine(in: bytes) != nil
    }

    /// The 1-based line of the first `<<<<<<<` marker that a `>>>>>>>` marker closes, or nil.
    public static func firstLine(in bytes: [UInt8]) -> Int? {
        var line = 1
        var opened: Int?
        var lineStart = 0
        let count = bytes.count
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if opened == nil, isMarker(bytes, lineStart, lineEnd, 0x3C) {
                opened = line
            } else if let start = opened, isMarker(bytes, lineStart, lineEnd, 0x3E) {
                return start
            }
            lineStart = lineEnd + 1
            line += 1
        }
        return nil
    }

    /// Seven `byte`s at the line start, then the end of the line or a space.
    private static func isMarker(_ bytes: [UInt8], _ start: Int, _ end: Int, _ byte: UInt8) -> Bool {
        guard end - start >= 7 else { return false }
        for index in start..<(start + 7) where bytes[index] != byte { return false }
        return end - start == 7 || bytes[start + 7] == 0x20 || bytes[start + 7] == 0x0D
    }
}
