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
        while lines < maximumLines, start > 0 {
            let previous = lineContaining(view.bytes, start - 1)
            guard previous.upperBound - 1 >= previous.lowerBound, endsWithBackslash(view.bytes, previous.lowerBound..<(start - 1)) else { break }
            start = previous.lowerBound
            lines += 1
        }
        guard start < view.line.lowerBound || endsWithBackslash(view.bytes, view.line) else { return nil }
        var end = view.line.upperBound
        while lines < maximumLines, end < view.bytes.count, endsWithBackslash(view.bytes, lineContaining(view.bytes, end - 1)) {
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

    private static func endsWithBackslash(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var last = line.upperBound
        while last > line.lowerBound, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 || bytes[last - 1] == 0x0D { last -= 1 }
        return last > line.lowerBound && bytes[last - 1] == 0x5C
    }

    private static func lineContaining(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Range<Int> {
        var lower = index
        while lower > 0, bytes[lower - 1] != 0x0A { lower -= 1 }
        return lower..<(index + 1)
    }
}
