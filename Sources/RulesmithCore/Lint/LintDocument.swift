/// One file under lint: its path, kind, bytes, options, the workspace around it, and a cache of
/// analyses (Markdown blocks, llms.txt structure, frontmatter) that rules share.
public final class LintDocument {
    /// Workspace-relative path, '/'-separated; links and imports resolve against it.
    public let path: String
    /// The path as the user should read it in diagnostics (relative to the working directory).
    public let displayPath: String
    public let kind: FileKind
    public let source: SourceText
    public let options: LintOptions
    /// What else exists around the file, for link and import checks; nil when unknown (stdin).
    public let workspace: (any WorkspaceReader)?
    private var analyses: [ObjectIdentifier: Any] = [:]

    public init(
        path: String, kind: FileKind, source: SourceText, options: LintOptions = LintOptions(),
        workspace: (any WorkspaceReader)? = nil, displayPath: String? = nil
    ) {
        self.path = path
        self.displayPath = displayPath ?? path
        self.kind = kind
        self.source = source
        self.options = options
        self.workspace = workspace
    }

    /// The shared analysis of type `T`, computed once per document.
    public func analysis<T: DocumentAnalysis>(_ type: T.Type = T.self) -> T {
        let key = ObjectIdentifier(type)
        if let cached = analyses[key] as? T { return cached }
        let value = T(self)
        analyses[key] = value
        return value
    }
}

/// A derived view of a document that several rules read (computed lazily, once).
public protocol DocumentAnalysis {
    init(_ document: LintDocument)
}

/// What a workspace holds, seen through repository-relative '/'-separated paths.
public protocol WorkspaceReader: Sendable {
    /// What is at `path` (relative to the workspace root).
    func entry(at path: String) -> WorkspaceEntry
    /// The bytes of the file at `path`, or nil when it cannot be read.
    func read(_ path: String) -> [UInt8]?
    /// The user's home directory, for `~/` imports; nil when unknown.
    var homeDirectory: String? { get }
}

/// The kind of thing found at a workspace path.
public enum WorkspaceEntry: Sendable, Equatable {
    case file
    case directory
    case missing
    /// A symbolic link whose target leaves the workspace.
    case outside
}

/// A workspace held in memory, for examples and tests.
public struct InMemoryWorkspace: WorkspaceReader {
    public var files: [String: [UInt8]]
    public var homeDirectory: String?

    public init(files: [String: String], homeDirectory: String? = nil) {
        self.files = files.mapValues { Array($0.utf8) }
        self.homeDirectory = homeDirectory
    }

    public func entry(at path: String) -> WorkspaceEntry {
        let normalized = PathSyntax.normalize(path)
        if files[normalized] != nil { return .file }
        let prefix = normalized.isEmpty ? "" : normalized + "/"
        if files.keys.contains(where: { $0.hasPrefix(prefix) }) { return .directory }
        return .missing
    }

    public func read(_ path: String) -> [UInt8]? { files[PathSyntax.normalize(path)] }
}
