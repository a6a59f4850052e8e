/// A `rulesmith-sync.yml`: where the templates come from, which repositories get them, and how the
/// change is committed and pushed.
public struct SyncManifest: Sendable, Equatable {
    /// The file name `rulesmith sync` documents.
    public static let fileName = "rulesmith-sync.yml"
    /// The branch a sync commits on when the manifest names none.
    public static let defaultBranch = "rulesmith/sync"
    /// The commit message when the manifest gives none.
    public static let defaultCommitMessage = "rulesmith sync: {{stacks}} at registry {{revision}}\n\nUpdated: {{files}}"

    public var version = 1
    public var registry = SyncRegistrySource()
    /// Stacks, targets, variables and base branch for every repository that does not set its own.
    public var defaults = SyncSettings()
    /// The branch template; ignored when `pushToBase`.
    public var branch = SyncManifest.defaultBranch
    /// Commit straight onto each repository's base branch (`branch: ""` or `push-to-base: true`).
    public var pushToBase = false
    public var commitMessage = SyncManifest.defaultCommitMessage
    public var push = true
    /// The commit identity; git's own (`user.name`, `user.email`) when nil.
    public var author: SyncAuthor?
    public var repositories: [SyncRepository] = []

    public init() {}

    /// The repositories to sync (skipped ones left out), each with the defaults filled in.
    public func targets() -> [SyncTarget] {
        repositories.filter { !$0.skip }.map { repository in
            var variables = defaults.variables
            for (name, value) in repository.settings.variables { variables[name] = value }
            return SyncTarget(
                identity: repository.identity, url: repository.url, name: repository.name,
                base: repository.settings.base ?? defaults.base,
                stacks: repository.settings.stacks ?? defaults.stacks ?? [],
                targets: repository.settings.targets ?? defaults.targets ?? [],
                variables: variables,
                override: repository.override ?? defaults.override)
        }
    }
}

/// The template source a sync renders: the built-in templates, or a team's template repository.
public struct SyncRegistrySource: Sendable, Equatable {
    /// A git URL or repository path; nil or `builtin` for the built-in templates.
    public var source: String?
    /// Branch, tag or commit of `source`; its remote HEAD when nil.
    public var ref: String?

    public init(source: String? = nil, ref: String? = nil) {
        self.source = source
        self.ref = ref
    }

    /// Whether the built-in templates are meant.
    public var isBuiltin: Bool { source == nil || source == "builtin" }
}

/// Settings shared by the manifest's defaults and each repository entry.
public struct SyncSettings: Sendable, Equatable {
    /// Nil: not set here (the defaults apply).
    public var stacks: [String]?
    public var targets: [String]?
    public var variables: [String: String] = [:]
    /// The base branch; the remote's HEAD when nil everywhere.
    public var base: String?
    /// Whether the manifest's stacks, targets and variables replace a repository's own.
    public var override = false

    public init() {}
}

/// The identity sync commits with.
public struct SyncAuthor: Sendable, Equatable {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}

/// One repository entry of the manifest.
public struct SyncRepository: Sendable, Equatable {
    /// The URL or path as written in the manifest: the stable key for `--shard`.
    public var identity: String
    /// What git is given: the URL, or the path made absolute against the manifest's folder.
    public var url: String
    /// Shown in the table; from the URL when the entry gives none.
    public var name: String
    public var settings = SyncSettings()
    /// Nil: the defaults decide.
    public var override: Bool?
    public var skip = false
    /// The manifest line of the entry, for messages.
    public var line: Int?

    public init(identity: String, url: String, name: String) {
        self.identity = identity
        self.url = url
        self.name = name
    }

    /// A short name for a URL or path: `owner/repo` for a URL, the folder name for a path,
    /// without a trailing `.git`.
    public static func name(for url: String) -> String {
        var text = Substring(url)
        while text.hasSuffix("/") { text = text.dropLast() }
        if text.hasSuffix(".git") { text = text.dropLast(4) }
        var path = text
        var isURL = false
        if let scheme = text.range(of: "://") {
            // Drop the scheme and the host (with any user and port).
            let rest = text[scheme.upperBound...]
            path = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
            isURL = true
        } else if SyncManifestReader.isURL(String(text)), let colon = text.firstIndex(of: ":") {
            path = text[text.index(after: colon)...]
            isURL = true
        }
        let parts = path.split(separator: "/").filter { !$0.isEmpty && $0 != "." && $0 != ".." }
        guard let last = parts.last else { return url }
        if isURL, parts.count >= 2 { return parts[parts.count - 2] + "/" + last }
        return String(last)
    }
}

/// A repository to sync with every setting decided.
public struct SyncTarget: Sendable, Equatable {
    public var identity: String
    public var url: String
    public var name: String
    public var base: String?
    public var stacks: [String]
    public var targets: [String]
    public var variables: [String: String]
    public var override: Bool

    public init(
        identity: String, url: String, name: String, base: String?, stacks: [String], targets: [String],
        variables: [String: String], override: Bool
    ) {
        self.identity = identity
        self.url = url
        self.name = name
        self.base = base
        self.stacks = stacks
        self.targets = targets
        self.variables = variables
        self.override = override
    }
}
