/// A shell command continued over several lines with `\`: the command matchers read it as one
/// line, so `curl … \` on one line and `| sh` on the next is still a download piped into a shell.
enum ShellContinuation {
    /// The most physical lines joined into one command.
    private static let maximumLines = 8

    /// The logical line holding `view.line` when it or the line before ends in `\`: the lines of
    /// the command joined, each `\` and line break turned into a space. The length is unchanged,
    /// so an offset into the result plus `base` is an offset into the text.
    static func join(_ view: LineView) -> (bytes: [UInt8], base: Int)? {
        var start = view.line.lowerBound
        var lines = 1
        while lines < maximumLines, start > 0, endsWithBackslash(view.bytes, endingAt: start - 1) {
            var previous = start - 1
            while previous > 0, view.bytes[previous - 1] != 0x0A, start - previous < 4096 { previous -= 1 }
            start = previous
            lines += 1
        }
        guard start < view.line.lowerBound || endsWithBackslash(view.bytes, endingAt: view.line.upperBound) else { return nil }
        var end = view.line.upperBound
        while lines < maximumLines, end < view.bytes.count, endsWithBackslash(view.bytes, endingAt: end) {
            var next = end
            while next < view.bytes.count, view.bytes[next] == 0x0A || view.bytes[next] == 0x0D { next += 1 }
            guard next < view.bytes.count, next - end <= 2 else { break }
            var lineEnd = next
            while lineEnd < view.bytes.count, view.bytes[lineEnd] != 0x0A, lineEnd - next < 4096 { lineEnd += 1 }
            if lineEnd > next, view.bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            end = lineEnd
            lines += 1
        }
        guard lines > 1 else { return nil }
        var bytes = Array(view.bytes[start..<end])
        for index in bytes.indices where bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            bytes[index] = 0x20
        }
        for index in bytes.indices where bytes[index] == 0x5C {
            var next = index + 1
            while next < bytes.count, bytes[next] == 0x20 { next += 1 }
            if next == bytes.count || next > index + 1 { bytes[index] = 0x20 }
        }
        return (bytes, start)
    }

    /// Whether the line ending at `end` (its line break or the text's end) ends in `\`.
    private static func endsWithBackslash(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
        var last = end
        while last > 0, last > end - 64, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 || bytes[last - 1] == 0x0D { last -= 1 }
        return last > 0 && bytes[last - 1] == 0x5C
    }
}
