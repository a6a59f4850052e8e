import RulesmithEditors

/// Everything known about a rule without running it: identity, defaults, rationale and examples.
public struct RuleDescription: Sendable {
    /// Stable code, e.g. `LT046`. Never reused.
    public var id: String
    /// Kebab-case name that describes the bad pattern, e.g. `link-notes-without-colon`.
    public var name: String
    /// One line: what is found.
    public var summary: String
    /// One paragraph: why it matters and what the proposal or editor expects.
    public var rationale: String
    public var kinds: Set<FileKind>
    /// Groups the configuration and `rulesmith rules --tag` select the rule by.
    public var tags: [RuleTag]
    public var defaultSeverity: Severity
    /// Per-profile defaults where the llms.txt proposal versions differ; nil in the map means off.
    public var profileSeverity: [Profile: Severity?]
    /// The applicability of the rule's fix, when it has one.
    public var fix: FixApplicability?
    /// Earlier IDs or short names that still select this rule (config, suppressions).
    public var aliases: [String]
    /// How the engine treats the rule (opt-in, security, whole project, …).
    public var traits: RuleTraits
    /// Rules that own a cause this rule also sees: where one of them reports a finding starting at
    /// the same byte of a document, this rule's finding there is dropped (one cause, one finding).
    public var yieldsTo: Set<String>
    public var triggering: [Example] {
        get { makeTriggering() }
        set { makeTriggering = { newValue } }
    }
    public var nonTriggering: [Example] {
        get { makeNonTriggering() }
        set { makeNonTriggering = { newValue } }
    }
    /// Input (with the ↓ marker where the finding starts) and the text after safe fixes.
    public var corrections: [Correction] {
        get { makeCorrections() }
        set { makeCorrections = { newValue } }
    }

    // Examples are built when read (tests, `rulesmith rules`), not when the catalogue is: some are
    // large (12,000-character files), and every lint run builds the catalogue at start-up.
    private var makeTriggering: @Sendable () -> [Example]
    private var makeNonTriggering: @Sendable () -> [Example]
    private var makeCorrections: @Sendable () -> [Correction]

    public init(
        id: String, name: String, summary: String, rationale: String,
        kinds: Set<FileKind>, tags: [RuleTag], defaultSeverity: Severity,
        profileSeverity: [Profile: Severity?] = [:], fix: FixApplicability? = nil,
        aliases: [String] = [], traits: RuleTraits = [], yieldsTo: Set<String> = [],
        triggering: @escaping @autoclosure @Sendable () -> [Example],
        nonTriggering: @escaping @autoclosure @Sendable () -> [Example],
        corrections: @escaping @autoclosure @Sendable () -> [Correction] = []
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.kinds = kinds
        self.tags = tags
        self.defaultSeverity = defaultSeverity
        self.profileSeverity = profileSeverity
        self.fix = fix
        self.aliases = aliases
        self.traits = traits
        self.yieldsTo = yieldsTo
        makeTriggering = triggering
        makeNonTriggering = nonTriggering
        makeCorrections = corrections
    }

    /// Whether an inline comment may silence the rule. Security rules judge the very file that
    /// would carry the comment, so a hostile file could switch off its own scan: only the
    /// configuration (`lint.rules`, `lint.tags`, `lint.per-path`) turns them off. The rule that
    /// reports such a comment is guarded the same way.
    public var isSuppressibleInline: Bool { traits.isDisjoint(with: [.security, .notSuppressibleInline]) }

    /// Runs only when asked for (e.g. `--compat reference`).
    public var isOptIn: Bool { traits.contains(.optIn) }

    /// Whether the rule's fix may be applied by `--fix` without review.
    public var hasSafeFix: Bool { fix == .safe }

    /// The default severity under `profile`, or nil when the rule is off there.
    public func defaultSeverity(for profile: Profile) -> Severity? {
        if let entry = profileSeverity[profile] { return entry }
        return defaultSeverity
    }
}

/// A sample file for a rule. In triggering examples, `↓` marks where each finding starts.
public struct Example: Sendable {
    /// The text, possibly holding `↓` markers.
    public var text: String
    public var kind: FileKind
    /// The file's repository-relative path; defaults to the kind's example path.
    public var path: String
    public var profile: Profile?
    /// Other files of the example's workspace (path → text), for link and import rules.
    public var files: [String: String]
    /// The file (one of `files`) this example's file is a symlink to, for rules that tell a link
    /// from a copy; its text is then the target's.
    public var linkTarget: String?

    public init(
        _ text: String, kind: FileKind = .llmsTxt, path: String? = nil, profile: Profile? = nil,
        files: [String: String] = [:], linkTarget: String? = nil
    ) {
        self.text = text
        self.kind = kind
        self.path = path ?? kind.examplePath
        self.profile = profile
        self.files = files
        self.linkTarget = linkTarget
    }

    /// The marker that shows where a finding starts.
    public static let marker = "↓"

    /// The text without markers, and the byte offsets the markers stood at.
    public var strippedText: (text: String, markers: [Int]) {
        var output: [UInt8] = []
        var markers: [Int] = []
        let markerBytes = Array(Self.marker.utf8)
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if index + markerBytes.count <= bytes.count, Array(bytes[index..<index + markerBytes.count]) == markerBytes {
                markers.append(output.count)
                index += markerBytes.count
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return (String(decoding: output, as: UTF8.self), markers)
    }
}

/// A fix example: `before` (with a marker) becomes `after` once the rule's fixes are applied.
public struct Correction: Sendable {
    public var before: Example
    public var after: String

    public init(_ before: Example, _ after: String) {
        self.before = before
        self.after = after
    }
}
