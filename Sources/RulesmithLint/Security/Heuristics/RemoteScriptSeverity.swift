/// H6's severity from what the text around a remote script says. A `curl … | sh` line alone is
/// a warning (installers are written that way). It is an error when the text makes it run again
/// and again: written into a shell start-up file, crontab, launchd or a git hook on its line, or
/// asked for "always", "before every build", "à chaque", "毎回" in its sentence or in the line that
/// introduces it (the previous line, ending with a colon). A rule that forbids it ("never run
/// `curl … | sh`", "`curl | sh` ist verboten") is not a remote script run at all.
enum RemoteScriptSeverity {
    /// Sets the match's severity; false when the text forbids the command (drop the match).
    static func adjust(_ match: inout TextMatch, _ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, joinLines: Bool) -> Bool {
        let clause = Clause.bounds(bytes, around: match.range.clamped(to: line), joinLines: joinLines)
        // A command continued with `\` is one line: what its later lines say (a comment "# before
        // every build") belongs to it, even where the clause stops at the line end (a code block).
        let commandEnd = continuedEnd(bytes, from: max(line.upperBound, match.range.upperBound))
        let scope = min(clause.lowerBound, line.lowerBound)..<max(clause.upperBound, line.upperBound, commandEnd)
        let cues = CueIndex.hits(bytes, in: scope)
        if forbids(bytes, cues, match.range, scope) { return false }
        if let place = cues.first(where: { $0.kind == .persistence && line.contains($0.range.lowerBound) }) {
            match.severity = .error
            match.message += "; the line writes it into \(text(bytes, place.range)), so it runs in every later session"
            return true
        }
        let introCues = introduction(bytes, line).map { CueIndex.hits(bytes, in: $0) } ?? []
        if let place = introCues.first(where: { $0.kind == .persistence }) {
            match.severity = .error
            match.message += "; the line introducing it writes it into \(text(bytes, place.range)), so it runs in every later session"
            return true
        }
        let recurring = cues.first { $0.kind == .recurring && !$0.range.overlaps(match.range) }
            ?? introCues.first { $0.kind == .recurring }
        if let recurring {
            match.severity = .error
            match.message += "; the text has it run again and again ('\(text(bytes, recurring.range))'), unreviewed each time"
            return true
        }
        if match.severity != .error, !namesAnInstaller(bytes, match.range) {
            match.severity = .error
            match.message += "; it is not a vendor's installer named as one (an install script or a get. host), so the rules file runs code nobody reviewed"
        }
        return true
    }

    /// A flag that approves everything the agent does (`--dangerously-skip-permissions`,
    /// `--sandbox danger-full-access`, `"Bash(*)"` in an allow list) is an error where the text
    /// asks for it, and stays a note where a rule forbids it ("never use --dangerously-…").
    static func judgeApprovalFlag(_ match: inout TextMatch, _ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, joinLines: Bool) {
        let clause = Clause.bounds(bytes, around: match.range.clamped(to: line), joinLines: joinLines)
        let scope = min(clause.lowerBound, line.lowerBound)..<max(clause.upperBound, line.upperBound)
        if forbids(bytes, CueIndex.hits(bytes, in: scope), match.range, scope) { return }
        match.severity = .error
        match.message += "; the text asks for it, so no human approves anything the agent runs"
    }

    /// TLS checks switched off "globally", in a start-up file or "always" stay off for every later
    /// session: an error. One command's `-k` against a local server stays a warning.
    static func judgeTLSOff(_ match: inout TextMatch, _ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>) {
        let cues = CueIndex.hits(bytes, in: line)
        let lineText = text(bytes, line).lowercased()
        guard lineText.contains("global") || lineText.contains("--system") || cues.contains(where: { $0.kind == .persistence || $0.kind == .recurring })
        else { return }
        match.severity = .error
        match.message += "; for every later session"
    }

    /// Whether the fetched URL names itself an installer (`…/install.sh`, `get.docker.com`,
    /// `install.python-poetry.org`): the one-time install that documentation shows, reported as a
    /// warning. Any other script run straight from the network (`bash <(curl …/setup.sh)`,
    /// `iwr …/a.ps1 | iex`, `curl …/b.py | python3 -`) is an error.
    static func namesAnInstaller(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let command = text(bytes, range).lowercased()
        if command.contains("install") { return true }
        let separators: Set<Character> = [" ", "\t", "\"", "'", "`", "(", ")", "|", ";", "<", ">"]
        let tokens = command.split(whereSeparator: { separators.contains($0) })
        // "curl … | sh" with no address is a placeholder quoted by a rule, not a script.
        guard tokens.contains(where: { $0.contains("://") || ($0.contains(".") && $0.contains("/") && !$0.hasPrefix("-")) }) else { return true }
        return tokens.contains { token in
            let address = token.range(of: "://").map { token[$0.upperBound...] } ?? token
            return address.hasPrefix("get.") || address.hasPrefix("install.") || address.hasPrefix("sh.")
        }
    }

    /// Verbs (and fillers) that may stand between a negation and the command it forbids.
    private static let runVerbs: Set<String> = [
        "run", "execute", "use", "pipe", "call", "invoke", "type", "paste", "copy", "install", "do", "ever", "any", "you",
        "such", "commands", "command", "like", "a", "the", "scripts", "lines",
        "exécute", "exécutez", "executez", "lance", "lancez", "utilise", "utilisez", "jamais", "de", "commandes",
        "führe", "führen", "fuhre", "nutze", "benutze", "verwende", "starte", "niemals", "nie",
        "ejecutes", "ejecute", "ejecutar", "uses", "use", "usar", "corras", "nunca",
        "rode", "rodar", "executar", "utilize",
        "eseguire", "esegui", "usare", "usa", "lanciare", "mai",
        "запускай", "запускайте", "выполняй", "выполняйте", "используй", "используйте",
    ]

    private static func forbids(_ bytes: UnsafeBufferPointer<UInt8>, _ cues: [CueIndex.Hit], _ range: Range<Int>, _ scope: Range<Int>) -> Bool {
        for cue in cues {
            switch cue.kind {
            case .forbidden where !cue.range.overlaps(range):
                return true
            case .negationBefore where cue.range.upperBound <= range.lowerBound:
                let gap = Words.list(bytes, cue.range.upperBound..<range.lowerBound)
                if gap.filter(\.ideographic).count <= 3, gap.filter({ !$0.ideographic }).allSatisfy({ runVerbs.contains($0.text) }),
                   gap.count <= 5 {
                    return true
                }
            case .negationAfter where cue.range.lowerBound >= range.upperBound && cue.range.lowerBound - range.upperBound <= 40:
                return true
            default:
                continue
            }
        }
        return false
    }

    /// The line before `line` when it ends with a colon (looking past a code fence's opening line
    /// and one blank line).
    private static func introduction(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Range<Int>? {
        var end = line.lowerBound
        var blankSkipped = false
        for _ in 0..<3 {
            guard end > 0 else { return nil }
            let previous = previousLine(bytes, before: end)
            var last = previous.upperBound
            while last > previous.lowerBound, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 || bytes[last - 1] == 0x0D { last -= 1 }
            var first = previous.lowerBound
            while first < last, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            if last - first >= 3, bytes[first] == 0x60 || bytes[first] == 0x7E, bytes[first + 1] == bytes[first], bytes[first + 2] == bytes[first] {
                end = previous.lowerBound
                continue
            }
            guard last > first else {
                guard !blankSkipped else { return nil }
                blankSkipped = true
                end = previous.lowerBound
                continue
            }
            let colon = bytes[last - 1] == 0x3A
                || (last - first >= 3 && bytes[last - 3] == 0xEF && bytes[last - 2] == 0xBC && bytes[last - 1] == 0x9A)
            return colon ? first..<last : nil
        }
        return nil
    }

    /// The end of the physical line holding `index`, followed over `\` continuations (a few lines at most).
    private static func continuedEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var end = min(index, bytes.count)
        // Back to the start of the line holding `index` when it is a line end itself.
        if end > 0, end == bytes.count || bytes[end] == 0x0A { end -= 1 }
        for _ in 0..<8 {
            while end < bytes.count, bytes[end] != 0x0A, end - index < 4096 { end += 1 }
            var last = end
            while last > 0, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 || bytes[last - 1] == 0x0D { last -= 1 }
            guard last > 0, bytes[last - 1] == 0x5C, end < bytes.count else { return end }
            end += 1
        }
        return end
    }

    private static func previousLine(_ bytes: UnsafeBufferPointer<UInt8>, before start: Int) -> Range<Int> {
        let end = start - 1
        var lower = end
        var steps = 0
        while lower > 0, bytes[lower - 1] != 0x0A, steps < 1024 {
            lower -= 1
            steps += 1
        }
        return lower..<end
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
