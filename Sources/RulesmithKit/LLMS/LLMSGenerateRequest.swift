/// What the user asked `rulesmith llms generate` to do.
public struct LLMSGenerateRequest: Sendable {
    /// The docs folder (relative to the working directory); nil: `llms-txt.docs`, else `docs/`.
    public var docsFolder: String?
    /// Where to write; nil: `llms.txt` at the repository root.
    public var output: String?
    /// Print instead of writing.
    public var dryRun = false
    /// Compare with the file on disk instead of writing.
    public var check = false
    /// Replace an llms.txt that `llms generate` did not write.
    public var force = false
    /// Overrides `llms-txt.base-url`.
    public var baseURL: String?
    public var configPath: String?

    public init() {}
}

/// What `llms generate` did.
public struct LLMSGenerateOutcome: Sendable {
    /// The outcome's kind.
    public enum State: Sendable, Equatable {
        case written
        case printed
        case fresh
        /// The file differs from what would be generated: a unified diff, or why it is missing.
        case stale(diff: String)
    }

    public var bytes: [UInt8]
    /// The llms.txt path as shown to the user.
    public var path: String
    public var state: State
    /// Hints for standard error.
    public var notes: [String]
}
