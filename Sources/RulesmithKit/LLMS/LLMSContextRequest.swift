import RulesmithLLMS
import RulesmithLint

/// What the user asked `rulesmith llms ctx` to do.
public struct LLMSContextRequest: Sendable {
    /// The llms.txt to expand; nil means `./llms.txt`, `-` standard input.
    public var path: String?
    /// Where to write the context document (atomically); nil prints it.
    public var output: String?
    /// Keep the `## Optional` section (the `llms-ctx-full.txt` flavour).
    public var includeOptional = false
    /// Read `http(s)` links; off, they become `fetch-off` entries.
    public var fetch = false
    /// Relative links resolve against this URL (and are then fetched, with `fetch`).
    public var baseURL: String?
    /// The folder tree local links may read; default the llms.txt's folder.
    public var root: String?
    /// Seconds allowed for each document, redirects and `.md` variant attempts included.
    public var timeout: Double = 10
    /// Largest document read, in bytes.
    public var maxBytes = 2_000_000
    /// Redirects followed per request.
    public var maxRedirects = 5
    /// Documents read at once.
    public var jobs = 8
    /// Which proposal's `.md` variants to try (v2 adds `page.md` / `index.md`).
    public var profile: Profile = .v2
    /// Try the `.md` copy of an HTML page before the page.
    public var markdownVariants = true

    public init() {}
}

/// What a context expansion produced.
public struct LLMSContextOutcome: Sendable {
    public var output: ContextOutput
    /// Links of `## Optional` left out.
    public var skippedOptionalLinks: Int
    /// Where the document was written, or nil when it goes to standard output.
    public var writtenTo: String?
}
