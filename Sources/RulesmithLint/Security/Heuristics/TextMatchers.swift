/// Single-keyword heuristics: chat-template tokens (H3), collector hosts (H5), padding (H9) and
/// CSS that hides text (H10).
enum TextMatchers {
    static func chatToken(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) {
        matches.append(TextMatch(
            rule: .hijack, range: start..<end,
            message: "chat-template token '\(view.text(start..<end))' tries to open a new conversation turn with its own role",
            severity: nil))
    }

    private static let oastDomains = ["fun", "pro", "live", "site", "online", "me"]

    static func collectorHost(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) {
        if start > view.line.lowerBound, view.bytes[start - 1] == 0x2D { return }
        var hostEnd = end
        if view.has("oast.", endingAt: end) {
            guard let domain = oastDomains.first(where: { view.has($0, at: end) }) else { return }
            hostEnd = end + domain.utf8.count
        }
        guard !view.isWord(hostEnd) else { return }
        let tokenStart = ShellSyntax.tokenStart(view, start)
        let shownStart = view.text(tokenStart..<start).contains("://") || !view.text(tokenStart..<start).contains(" ")
            ? max(tokenStart, start - 40) : start
        matches.append(TextMatch(
            rule: .exfiltration, range: start..<hostEnd,
            message: "'\(view.excerpt(shownStart..<view.tokenEnd(hostEnd)))' names a request-collector host that receives whatever is sent to it",
            severity: nil))
    }

    /// H9: forty or more whitespace characters followed by text on the same line.
    static func padding(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) -> Int {
        var runEnd = end
        while runEnd < view.line.upperBound, LineView.isSpace(view.bytes[runEnd]) { runEnd += 1 }
        guard runEnd < view.line.upperBound, view.bytes[runEnd] != 0x7C else { return runEnd }
        let lastVisible = view.skipSpacesBackward(view.line.upperBound)
        guard lastVisible > view.line.lowerBound, view.bytes[lastVisible - 1] != 0x5C else { return runEnd }
        let count = runEnd - start
        matches.append(TextMatch(
            rule: .padding, range: start..<runEnd,
            message: "\(count) whitespace characters push '\(view.excerpt(runEnd..<view.line.upperBound, limit: 40))' out of view",
            severity: nil))
        return runEnd
    }

    /// H10: a CSS property whose value hides text; the caller checks it stands in raw HTML.
    static func hiddenCSS(_ view: LineView, _ start: Int, _ end: Int) -> TextMatch? {
        if start > view.line.lowerBound, view.bytes[start - 1] == 0x2D { return nil }
        var cursor = view.skipSpaces(end)
        guard cursor < view.line.upperBound, view.bytes[cursor] == 0x3A else { return nil }
        cursor = view.skipSpaces(cursor + 1)
        let property = view.text(start..<end).lowercased()
        let valueEnd: Int?
        switch property {
        case "color":
            valueEnd = ["#ffffff", "#fff", "white", "transparent", "rgb(255,255,255)", "rgb(255, 255, 255)"]
                .first { view.has($0, at: cursor) && !view.isWord(cursor + $0.utf8.count) }
                .map { cursor + $0.utf8.count }
        case "display":
            valueEnd = view.has("none", at: cursor) && !view.isWord(cursor + 4) ? cursor + 4 : nil
        case "visibility":
            valueEnd = view.has("hidden", at: cursor) && !view.isWord(cursor + 6) ? cursor + 6 : nil
        default:
            valueEnd = zeroValueEnd(view, cursor)
        }
        guard let valueEnd else { return nil }
        return TextMatch(
            rule: .hiddenCSS, range: start..<valueEnd,
            message: "'\(view.text(start..<valueEnd))' in HTML hides text from a reader while the model still gets it",
            severity: nil)
    }

    /// The end of a zero value (`0`, `0.0`, `.0`, `0px`, `0%`), or nil for any other number.
    private static func zeroValueEnd(_ view: LineView, _ start: Int) -> Int? {
        var cursor = start
        var sawDigit = false
        while cursor < view.line.upperBound {
            let byte = view.bytes[cursor]
            if byte == 0x30 {
                sawDigit = true
            } else if byte >= 0x31, byte <= 0x39 {
                return nil
            } else if byte != 0x2E {
                break
            }
            cursor += 1
        }
        guard sawDigit else { return nil }
        while cursor < view.line.upperBound, (view.bytes[cursor] >= 0x61 && view.bytes[cursor] <= 0x7A) || view.bytes[cursor] == 0x25 {
            cursor += 1
        }
        return cursor
    }

    /// Whether `index` sits inside an HTML tag on its line (`<span style="…">`).
    static func isInsideTag(_ view: LineView, _ index: Int) -> Bool {
        var cursor = index
        while cursor > view.line.lowerBound {
            cursor -= 1
            let byte = view.bytes[cursor]
            if byte == 0x3E { return false }
            if byte == 0x3C {
                let next = cursor + 1
                return next < view.line.upperBound && ((view.bytes[next] | 0x20) >= 0x61 && (view.bytes[next] | 0x20) <= 0x7A)
            }
        }
        return false
    }
}
