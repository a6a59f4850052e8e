/// U6: C0 controls other than TAB, LF and CR, DEL, C1 controls, and whole ANSI escape sequences.
enum ControlCharacters {
    static func scan(
        _ line: CodePointLine, _ start: Int, _ context: inout CodePointScan.Context, _ collector: inout FindingCollector
    ) -> Int {
        let scalars = line.scalars
        let value = scalars[start].value
        if value == 0x1B {
            let end = escapeSequenceEnd(line, start)
            let range = line.byteRange(start, end)
            let shown = String(decoding: scalars[start..<end].compactMap { $0.value < 0x80 ? UInt8($0.value) : nil }, as: UTF8.self)
            collector.add(context.raw(range), fix: context.removal(range, "Remove the escape sequence")) {
                end - start > 1
                    ? "ANSI escape sequence '\(CodePointDescription.shortened(shown, limit: 24))' can recolour, hide or rewrite terminal output"
                    : "control character U+001B ESCAPE"
            }
            return end
        }
        let isC1 = value >= 0x80
        var end = start + 1
        while end < scalars.count {
            let next = scalars[end].value
            guard next != 0x1B, CodePointClass.of(next) == .control, (next >= 0x80) == isC1 else { break }
            end += 1
        }
        let values = scalars[start..<end].map(\.value)
        let range = line.byteRange(start, end)
        if isC1 {
            collector.add(context.raw(range)) {
                "C1 control \(CodePointDescription.run(values)); C1 controls usually mean mojibake (UTF-8 text decoded as Latin-1 or Windows-1252 and encoded again), so re-decode the text rather than delete them"
            }
        } else {
            collector.add(context.raw(range), fix: context.removal(range, "Remove the control characters")) {
                "control character \(CodePointDescription.run(values)) has no place in a text file"
            }
        }
        return end
    }

    /// End of an escape sequence at `start`: CSI (`ESC [ … final`), OSC (`ESC ] … BEL` or `ESC \`),
    /// or a two-character escape; a lone ESC otherwise.
    private static func escapeSequenceEnd(_ line: CodePointLine, _ start: Int) -> Int {
        let scalars = line.scalars
        var cursor = start + 1
        guard cursor < scalars.count else { return cursor }
        let introducer = scalars[cursor].value
        if introducer == 0x5B {
            cursor += 1
            while cursor < scalars.count, (0x30...0x3F).contains(scalars[cursor].value) { cursor += 1 }
            while cursor < scalars.count, (0x20...0x2F).contains(scalars[cursor].value) { cursor += 1 }
            if cursor < scalars.count, (0x40...0x7E).contains(scalars[cursor].value) { cursor += 1 }
            return cursor
        }
        if introducer == 0x5D {
            cursor += 1
            let limit = min(scalars.count, cursor + 512)
            while cursor < limit {
                let value = scalars[cursor].value
                if value == 0x07 { return cursor + 1 }
                if value == 0x1B, cursor + 1 < scalars.count, scalars[cursor + 1].value == 0x5C { return cursor + 2 }
                cursor += 1
            }
            return cursor
        }
        if (0x40...0x5F).contains(introducer) { return cursor + 1 }
        return start + 1
    }
}
