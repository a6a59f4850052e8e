/// The text rules of the security scan: heuristics H1–H12 (SEC101–SEC112) and secrets (SEC201).
enum HeuristicRule: Int, Sendable, CaseIterable {
    case override, concealment, hijack, htmlComment, exfiltration, remoteScript, credentialRead, persistence,
         padding, hiddenCSS, encodedBlob, destructive, secret

    /// Plural noun for the "and N more" finding.
    var noun: String {
        switch self {
        case .override: "instruction overrides"
        case .concealment: "concealment instructions"
        case .hijack: "role hijacks"
        case .htmlComment: "HTML comments"
        case .exfiltration: "exfiltration patterns"
        case .remoteScript: "remote script executions"
        case .credentialRead: "credential reads"
        case .persistence: "persistence or weakening commands"
        case .padding: "padding runs"
        case .hiddenCSS: "hidden-text styles"
        case .encodedBlob: "encoded blobs"
        case .destructive: "destructive commands"
        case .secret: "secrets"
        }
    }

    /// Rules whose match inside an HTML comment makes the comment an error (H4).
    var escalatesComment: Bool {
        switch self {
        case .override, .concealment, .hijack, .exfiltration, .credentialRead: true
        default: false
        }
    }

    /// The severity a match has when it sets none itself.
    var defaultSeverity: Severity {
        switch self {
        case .override, .concealment, .hijack, .exfiltration, .credentialRead, .secret: .error
        case .remoteScript, .persistence, .padding, .hiddenCSS, .encodedBlob: .warning
        case .htmlComment, .destructive: .info
        }
    }

    var ruleID: String {
        self == .secret ? "SEC201" : "SEC1" + (rawValue + 1 < 10 ? "0" : "") + String(rawValue + 1)
    }
}

/// One heuristic match in a pass's own coordinates.
struct TextMatch {
    var rule: HeuristicRule
    var range: Range<Int>
    var message: String
    var severity: Severity?
}
