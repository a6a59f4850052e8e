import RulesmithEditors


/// A rules file or llms.txt found under a workspace root, with the kind its path implies.
public struct DiscoveredFile: Sendable, Hashable {
    /// Relative to the root, '/'-separated.
    public var path: String
    /// Absolute path to read it through (a symlink inside the root is read through its link).
    public var absolutePath: String
    public var kind: FileKind
    /// Whether the file was found as a symbolic link (to a file inside the root).
    public var isLink: Bool

    public init(path: String, absolutePath: String, kind: FileKind, isLink: Bool = false) {
        self.path = path
        self.absolutePath = absolutePath
        self.kind = kind
        self.isLink = isLink
    }
}

/// Everything one scan found, and what it had to leave out.
public struct WorkspaceScan: Sendable {
    /// Every known file, sorted by path.
    public var files: [DiscoveredFile]
    /// Folders that could not be opened (relative paths; "." for the root), skipped.
    public var unreadableFolders: [String]
    /// Symlinks whose target leaves the root or does not exist, never followed.
    public var skippedLinks: [String]
    /// Every file git would not ignore (as `WorkspaceScanner.allFiles()` lists them), when the
    /// scan was asked to collect them: the same walk then serves the repository context.
    public var allFiles: [String]?
}
