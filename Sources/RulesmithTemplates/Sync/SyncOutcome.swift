/// What happened to one repository in a sync.
public enum SyncOutcome: String, Sendable, Equatable, CaseIterable {
    /// A commit was made on the sync branch (and pushed, unless pushing is off).
    case updated
    /// Nothing to change: no commit, no push.
    case upToDate = "up-to-date"
    /// A hand edit overlaps the template change; nothing was committed or pushed.
    case conflict
    /// Unreachable, authentication, non-fast-forward, rejected push or another error.
    case failed

    /// Whether the outcome makes `rulesmith sync` exit 1.
    public var isFailure: Bool { self == .conflict || self == .failed }
}

/// One row of the outcome table.
public struct SyncResult: Sendable, Equatable {
    public var name: String
    public var url: String
    public var outcome: SyncOutcome
    /// The branch committed on (or that would be), nil when none was reached.
    public var branch: String?
    /// The commit made, or the one the branch already has when up to date.
    public var commit: String?
    /// Why, in a few words: the files changed, the conflicting files, the error.
    public var detail: String
    /// The files the commit changes, or the conflicting files.
    public var files: [String]
    /// Whether the commit was pushed.
    public var pushed: Bool
    /// The unified diff of the change (filled in for `--dry-run`).
    public var diff: String?

    public init(
        name: String, url: String, outcome: SyncOutcome, branch: String? = nil, commit: String? = nil, detail: String = "",
        files: [String] = [], pushed: Bool = false, diff: String? = nil
    ) {
        self.name = name
        self.url = url
        self.outcome = outcome
        self.branch = branch
        self.commit = commit
        self.detail = detail
        self.files = files
        self.pushed = pushed
        self.diff = diff
    }
}
