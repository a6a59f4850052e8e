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

    /// The lint rule that reports this heuristic's matches: it alone declares the ID and the
    /// default severity.
    var rule: any Rule {
        switch self {
        case .override: InstructionOverrideRule()
        case .concealment: ConcealmentInstructionRule()
        case .hijack: RoleHijackRule()
        case .htmlComment: HiddenHTMLCommentRule()
        case .exfiltration: DataExfiltrationRule()
        case .remoteScript: RemoteScriptExecutionRule()
        case .credentialRead: CredentialReadRule()
        case .persistence: PersistenceOrWeakeningRule()
        case .padding: WhitespacePaddingRule()
        case .hiddenCSS: InvisibleHTMLTextRule()
        case .encodedBlob: EncodedBlobRule()
        case .destructive: DestructiveCommandRule()
        case .secret: SecretInRulesFileRule()
        }
    }

    /// Each case's rule description, built once, by raw value.
    private static let descriptions: [RuleDescription] = allCases.map(\.rule.description)

    /// The severity a match has when it sets none itself: its rule's default.
    var defaultSeverity: Severity { Self.descriptions[rawValue].defaultSeverity }

    var ruleID: String { Self.descriptions[rawValue].id }
}

/// One heuristic match in a pass's own coordinates.
struct TextMatch {
    var rule: HeuristicRule
    var range: Range<Int>
    var message: String
    var severity: Severity?
}
