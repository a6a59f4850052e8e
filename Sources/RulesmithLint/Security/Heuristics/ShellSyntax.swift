/// Reading shell commands inside a line: where a command ends, its tokens, and pipes into shells.
enum ShellSyntax {
    static let shells = ["sh", "bash", "zsh", "dash", "ksh", "fish", "python", "python3", "python2", "perl", "ruby", "node"]
    static let powerShellRunners = ["iex", "invoke-expression"]

    /// The end of the simple command at `start`: the next `;`, `&&`, `||`, unpaired backtick or line end
    /// (pipes do not end it), capped at 1 KB.
    static func commandEnd(_ view: LineView, from start: Int) -> Int {
        let limit = min(view.line.upperBound, start + 1024)
        var index = start
        while index < limit {
            let byte = view.bytes[index]
            if byte == 0x3B || byte == 0x60 { return index }
            if (byte == 0x26 || byte == 0x7C), index + 1 < limit, view.bytes[index + 1] == byte { return index }
            index += 1
        }
        return limit
    }

    /// The whitespace-separated tokens between `start` and `end`.
    static func tokens(_ view: LineView, _ start: Int, _ end: Int) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        var index = start
        while index < end, tokens.count < 64 {
            index = view.skipSpaces(index)
            guard index < end else { break }
            let tokenEnd = min(view.tokenEnd(index), end)
            tokens.append(index..<tokenEnd)
            index = tokenEnd
        }
        return tokens
    }

    /// A token's text with surrounding quotes and backticks stripped, lower-cased.
    static func word(_ view: LineView, _ token: Range<Int>) -> String {
        var lower = token.lowerBound
        var upper = token.upperBound
        func isQuote(_ byte: UInt8) -> Bool { byte == 0x22 || byte == 0x27 || byte == 0x60 || byte == 0x28 || byte == 0x29 }
        while lower < upper, isQuote(view.bytes[lower]) { lower += 1 }
        while upper > lower, isQuote(view.bytes[upper - 1]) { upper -= 1 }
        return view.text(lower..<upper).lowercased()
    }

    /// When a `|` between `start` and `end` feeds one of `runners` (after an optional `sudo` and its
    /// flags, or `env` assignments), the end of the runner's name.
    static func pipeIntoRunner(_ view: LineView, _ start: Int, _ end: Int, runners: [String]) -> Int? {
        var index = start
        while index < end {
            guard view.bytes[index] == 0x7C else {
                index += 1
                continue
            }
            index += 1
            let tokens = tokens(view, index, end)
            var position = 0
            if position < tokens.count, word(view, tokens[position]) == "sudo" {
                position += 1
                while position < tokens.count, view.bytes[tokens[position].lowerBound] == 0x2D { position += 1 }
            }
            if position < tokens.count, word(view, tokens[position]) == "env" { position += 1 }
            while position < tokens.count, view.text(tokens[position]).contains("=") { position += 1 }
            guard position < tokens.count else { continue }
            let token = tokens[position]
            var nameEnd = token.lowerBound
            while nameEnd < token.upperBound, LineView.isWordByte(view.bytes[nameEnd]) || view.bytes[nameEnd] == 0x2D {
                nameEnd += 1
            }
            let name = view.text(token.lowerBound..<nameEnd).lowercased()
            // `| python3 -c "…"`, `| node -e …`, `| python -m json.tool`: the download is data for
            // a program written on the line, not the program.
            if position + 1 < tokens.count, ["-c", "-e", "-m", "-p"].contains(word(view, tokens[position + 1])) { continue }
            if runners.contains(name) { return nameEnd }
        }
        return nil
    }

    /// `bash -c "$(…)"`, `sh -c` …: when `cursor` ends a `-c` flag that follows a shell (after
    /// `sudo` or a path such as `/bin/bash`), the start of the shell's name.
    static func shellRunningString(_ view: LineView, before cursor: Int) -> Int? {
        guard view.has("-c", endingAt: cursor) else { return nil }
        let flagStart = cursor - 2
        guard flagStart > view.line.lowerBound, LineView.isSpace(view.bytes[flagStart - 1]) else { return nil }
        var nameEnd = view.skipSpacesBackward(flagStart)
        for _ in 0..<2 {
            let tokenStart = tokenStart(view, nameEnd)
            let name = word(view, tokenStart..<nameEnd)
            let base = name.split(separator: "/").last.map(String.init) ?? name
            if shells.contains(base) { return tokenStart }
            guard name.hasPrefix("-") else { return nil }
            nameEnd = view.skipSpacesBackward(tokenStart)
        }
        return nil
    }

    /// `curl -o x.sh URL && bash x.sh`, `wget -O /tmp/i.sh URL; sh /tmp/i.sh`, `… && ./x.sh`: when
    /// the file a download saves is run later on the line, the end of the command that runs it.
    static func savedScriptRun(_ view: LineView, _ command: [Range<Int>], tool: String, after commandEnd: Int) -> Int? {
        var file: String?
        for (position, token) in command.enumerated() {
            guard position + 1 < command.count || view.text(token).hasPrefix(">") else { continue }
            let flag = view.text(token)
            let saves = tool == "curl"
                ? flag == "--output" || (flag.hasPrefix("-") && !flag.hasPrefix("--") && flag.hasSuffix("o"))
                : flag == "--output-document" || (flag.hasPrefix("-") && !flag.hasPrefix("--") && flag.hasSuffix("O"))
            if saves || flag == ">", position + 1 < command.count {
                let name = word(view, command[position + 1])
                if name != "-", !name.isEmpty { file = name }
            } else if flag.hasPrefix(">"), flag.count > 1, !flag.hasPrefix(">&") {
                file = String(flag.drop { $0 == ">" })
            }
        }
        guard let file else { return nil }
        let base = file.split(separator: "/").last.map(String.init) ?? file
        let rest = tokens(view, commandEnd, view.line.upperBound)
        for (position, token) in rest.enumerated() {
            let text = word(view, token)
            // The file is checked against a pinned checksum or signature before it runs: what
            // runs is what was reviewed.
            if verifies(text, rest[(position + 1)..<min(rest.count, position + 4)].map { word(view, $0) }) {
                return nil
            }
            if text == "./" + base || (text == file && (file.hasPrefix("/") || file.hasPrefix("./"))) { return token.upperBound }
            if shells.contains(text) || text == "source" || text == "." || text == "sudo",
               position + 1 < rest.count, word(view, rest[position + 1]) == file || word(view, rest[position + 1]) == "./" + base {
                return rest[position + 1].upperBound
            }
        }
        return nil
    }

    /// Whether a command word (with the words after it) checks a download before it runs:
    /// `sha256sum -c`, `shasum -a 256 -c`, `gpg --verify`, `cosign verify-blob`, `minisign -V`.
    private static func verifies(_ text: String, _ following: [String]) -> Bool {
        if checksumTools.contains(text) { return following.contains { $0 == "-c" || $0 == "--check" } }
        if text == "gpgv" { return true }
        if text == "gpg" { return following.contains("--verify") }
        if text == "cosign" { return following.first?.hasPrefix("verify") ?? false }
        return text == "minisign" && following.contains("-V")
    }

    private static let checksumTools: Set<String> = ["sha256sum", "sha512sum", "sha384sum", "shasum", "b2sum", "b3sum"]

    /// The token holding `index`, scanning back to whitespace.
    static func tokenStart(_ view: LineView, _ index: Int) -> Int {
        var position = index
        while position > view.line.lowerBound, !LineView.isSpace(view.bytes[position - 1]) { position -= 1 }
        return position
    }
}
