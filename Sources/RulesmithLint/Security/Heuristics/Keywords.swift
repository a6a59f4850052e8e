/// What a keyword hit asks the pass to check.
enum KeywordFamily: Sendable, Equatable {
    /// The anchor of intent stems; the index is into `IntentKeywords.anchors`.
    case concept(Int)
    /// An intent keyword in rot13 (`vtaber` for `ignore`): the line is decoded and scanned again.
    case rot13
    /// An intent keyword written backwards (`dragersid` for `disregard`): the line is read
    /// backwards and scanned again.
    case reversedText
    /// `%2…`–`%7…`, `%c…`–`%e…` or `&#`: the line goes into the normalised copy, percent- and
    /// entity-decoded.
    case encodedText
    /// A chat-template control token (H3).
    case chatToken
    /// `<!--` (H4).
    case commentOpen
    /// A collector host name (H5); `oast.` also needs its top-level domain checked.
    case collectorHost
    /// curl, wget and PowerShell downloads (H6, H5 uploads, H8 `curl -k`).
    case download
    /// `base64` (H6: `base64 -d | sh`).
    case base64
    /// A private key or credential file name (H7 when read).
    case keyFile
    /// A command that prints credentials (H7).
    case secretCommand
    /// A persistence or system-weakening command word (H8).
    case persistenceWord
    /// A shell start-up file (H8 when appended to).
    case rcFile
    /// A package.json lifecycle script key (H8).
    case packageScript
    /// A TLS-verification switch (H8).
    case tlsOff
    /// `config set` of npm, yarn, pnpm or pip (H8).
    case configSet
    /// A global git proxy or URL rewrite (H8).
    case gitGlobal
    /// Forty whitespace characters in a row (H9).
    case padding
    /// A CSS property that can hide text (H10).
    case css
    /// `rm` (H12).
    case remove
    /// `push` (H12: `git push --force`).
    case gitPush
    /// `reset` (H12: `git reset --hard`).
    case gitReset
    /// An agent flag that approves every action (H12).
    case autoApprove
    /// A provider secret anchor (SEC201); the index is into `SecretPatterns.anchors`.
    case secret(Int)
    /// A key name for the generic `key = "literal"` check (SEC201).
    case genericSecret
    /// `://` for credentials in a URL (SEC201).
    case urlCredentials
    /// `-----begin` for a private key block (SEC201).
    case privateKey
}

/// One keyword of the automaton: lower-case text (a space matches a space or a tab), its family,
/// and whether it must start (and end) a word.
struct Keyword: Sendable {
    let text: String
    let family: KeywordFamily
    let wordStart: Bool
    var wordEnd = false
}

/// The keyword table and its automaton. The automaton's keywords are the intent anchors, the
/// rot13 words and then `fixed`; the first two come from the word lists, so the automaton is built
/// by `KeywordTables.build()` and a scan reads it, and their count, from `KeywordTables.shared`.
enum Keywords {
    /// Every keyword in the automaton's order, built from the word lists (for `KeywordTables` only).
    static let all: [Keyword] = {
        var list: [Keyword] = []
        for (index, anchor) in IntentKeywords.anchors.texts.enumerated() {
            // The automaton checks a word's start for the anchor; the pass checks the rest of each stem.
            list.append(Keyword(
                text: anchor, family: .concept(index),
                wordStart: IntentKeywords.anchorStartsWord(index) && LineView.isWordByte(anchor.utf8.first ?? 0),
                wordEnd: IntentKeywords.anchorEndsWord(index) && LineView.isWordByte(anchor.utf8.last ?? 0)))
        }
        for word in Rot13.anchors { list.append(Keyword(text: word.text, family: .rot13, wordStart: true, wordEnd: word.wordEnd)) }
        return list + fixed
    }()

    /// The automaton of `all`, as `KeywordTables.build()` stores it.
    static var builtAutomaton: KeywordAutomaton {
        KeywordAutomaton(all.map { Array($0.text.utf8) }, bounds: all.map {
            KeywordAutomaton.Bounds(startsWord: $0.wordStart, endsWord: $0.wordEnd)
        })
    }

    /// The keywords written here, after the intent anchors and the rot13 words.
    static let fixed: [Keyword] = {
        var list: [Keyword] = []
        func add(_ family: KeywordFamily, wordStart: Bool = true, _ texts: String...) {
            for text in texts { list.append(Keyword(text: text, family: family, wordStart: wordStart)) }
        }
        for word in Rot13.reversedAnchors { list.append(Keyword(text: word, family: .reversedText, wordStart: true, wordEnd: true)) }
        add(.encodedText, wordStart: false, "%2", "%3", "%4", "%5", "%6", "%7", "%c", "%d", "%e", "&#")
        add(.chatToken, wordStart: false, "<|im_start|>", "<|im_end|>", "[inst]", "[/inst]", "<<sys>>")
        add(.commentOpen, wordStart: false, "<!--")
        add(.collectorHost, "webhook.site", "requestbin", "pipedream.net", "ngrok.io", "ngrok-free.app", "ngrok.app",
            "ngrok-free.dev", "interact.sh", "oast.", "burpcollaborator", "discord.com/api/webhooks",
            "discordapp.com/api/webhooks", "requestcatcher.com")
        add(.download, "curl", "wget", "irm", "iwr", "invoke-webrequest", "invoke-restmethod", "downloadstring")
        add(.base64, "base64", "xxd")
        add(.keyFile, wordStart: false, "id_rsa", "id_ed25519", "id_ecdsa", "id_dsa", ".aws/credentials", ".git-credentials", ".netrc")
        add(.secretCommand, "gh auth token", "export-credentials", "print-access-token", "print-identity-token",
            "get-access-token", "printenv", "find-generic-password", "find-internet-password")
        add(.persistenceWord, "crontab", "launchctl", "csrutil disable", "setenforce 0", "spctl --master-disable", "core.hookspath")
        add(.persistenceWord, wordStart: false, ".git/hooks")
        add(.rcFile, wordStart: false, ".bashrc", ".zshrc", ".bash_profile", ".zprofile", ".profile", ".zshenv")
        add(.packageScript, wordStart: false, "\"postinstall\"", "\"preinstall\"", "\"prepare\"", "\"install\"")
        add(.tlsOff, "node_tls_reject_unauthorized", "git_ssl_no_verify", "pythonhttpsverify")
        add(.tlsOff, wordStart: false, "--no-check-certificate", "sslverify", "strict-ssl", "--trusted-host")
        add(.configSet, "config set")
        add(.gitGlobal, wordStart: false, "http.proxy", "https.proxy", ".insteadof")
        add(.padding, wordStart: false, String(repeating: " ", count: 40))
        add(.css, "color", "display", "font-size", "opacity", "visibility")
        add(.remove, "rm ")
        add(.gitPush, "push")
        add(.gitReset, "reset")
        add(.autoApprove, wordStart: false, "dangerously-skip-permissions", "dangerously-bypass-approvals", "danger-full-access",
            "ask-for-approval never", "\"bash(*)\"")
        for (index, anchor) in SecretPatterns.anchors.enumerated() {
            add(.secret(index), wordStart: anchor.wordStart, anchor.text)
        }
        add(.genericSecret, wordStart: false, "api_key", "api-key", "apikey", "secret", "token", "password", "passwd")
        add(.urlCredentials, wordStart: false, "://")
        add(.privateKey, wordStart: false, "-----begin")
        return list
    }()

    /// Each keyword says whether it must start or end a word (`do` in `dog` is not worth a look).
    static var automaton: KeywordAutomaton { KeywordTables.shared.automaton }

    /// Per keyword of the automaton, its family.
    static let families: [KeywordFamily] = {
        let tables = KeywordTables.shared
        return (0..<tables.conceptAnchors).map { .concept($0) } + Array(repeating: .rot13, count: tables.rot13Words) + fixed.map(\.family)
    }()

    /// Per keyword of the automaton, its length in bytes.
    static let lengths: [Int] = KeywordTables.shared.automaton.shapes.map { Int($0 & 0xFFFF) }

    /// The lower-case bytes a hit must spell exactly, for keywords whose hits the automaton's
    /// leetspeak folding may widen (commands, hosts, secret anchors); nil for the intent stems,
    /// which are meant to match `1gn0r3` too.
    static let exactSpelling: [[UInt8]?] = {
        let tables = KeywordTables.shared
        return Array(repeating: nil, count: tables.conceptAnchors + tables.rot13Words) + fixed.map(exactSpelling)
    }()

    static func exactSpelling(_ keyword: Keyword) -> [UInt8]? {
        switch keyword.family {
        case .concept, .rot13, .reversedText, .padding, .encodedText: nil
        default: Array(keyword.text.utf8)
        }
    }
}
