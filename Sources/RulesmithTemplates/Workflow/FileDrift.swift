/// One generated (or formerly generated) file's state, with what is needed to act on it.
public struct FileDrift: Sendable, Equatable {
    public var path: String
    public var target: String
    public var state: DriftState
    public var reason: StaleReason?
    /// Whole file, or one managed block.
    public var layout: ManagedLayout
    /// The lockfile entry, when rulesmith wrote the file before.
    public var entry: LockEntry?
    /// The fresh render, when the file is still rendered.
    public var rendered: RenderedFile?
    /// The whole file on disk, when it exists and is readable.
    public var disk: [UInt8]?
    /// The managed region on disk (the whole file or the block body), when present.
    public var current: [UInt8]?
    /// For new files and orphans: whether the user's text is in the managed region (an existing
    /// block with foreign text, or an orphan edited since it was written).
    public var userText: Bool
    /// One line for people: why the file is in this state.
    public var detail: String
    /// For orphans: whether rulesmith can show it wrote the file, which `apply` needs before it
    /// deletes anything (a lockfile entry alone proves nothing: anyone can edit the lockfile).
    public var provenance: Provenance = .unchecked

    public init(
        path: String, target: String, state: DriftState, reason: StaleReason? = nil, layout: ManagedLayout = .wholeFile,
        entry: LockEntry? = nil, rendered: RenderedFile? = nil, disk: [UInt8]? = nil, current: [UInt8]? = nil,
        userText: Bool = false, detail: String
    ) {
        self.path = path
        self.target = target
        self.state = state
        self.reason = reason
        self.layout = layout
        self.entry = entry
        self.rendered = rendered
        self.disk = disk
        self.current = current
        self.userText = userText
        self.detail = detail
    }

    /// What rulesmith wants in the managed region, when the file is rendered.
    public var wanted: [UInt8]? { rendered.map { layout.wanted($0.contents) } }
}

/// What shows that rulesmith wrote a file the lockfile names.
public enum Provenance: Sendable, Equatable {
    /// Not looked at (the file is not an orphan with text on disk).
    case unchecked
    /// It carries rulesmith's generated marker and (in a git repository) git or rulesmith's own
    /// state holds exactly the content the lockfile says rulesmith wrote.
    case proven
    /// Why rulesmith cannot show it wrote the file: it is kept.
    case unproven(String)
}

/// What is on disk at a generated file's path.
public enum DiskContent: Sendable, Equatable {
    case missing
    case file([UInt8])
    /// A symbolic link (to the given path). rulesmith never writes through one: two targets
    /// linked to one file (`CLAUDE.md` → `AGENTS.md`) would overwrite each other.
    case link(String)
    /// Something that cannot be managed: a folder, a symlink out of the repository, unreadable.
    case unusable(String)
}
