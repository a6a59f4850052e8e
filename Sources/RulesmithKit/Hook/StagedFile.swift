import RulesmithEditors
import RulesmithGit

/// A file the next commit adds or changes, as staged in git's index.
public struct StagedFile: Sendable, Hashable {
    /// Path relative to the work tree root, '/'-separated.
    public var path: String
    public var kind: FileKind
    /// The staged blob (for a symbolic link, the blob of the file it leads to).
    public var oid: GitOID
    /// For a staged symbolic link, the path of the file it leads to inside the index.
    public var linkTarget: String?

    public init(path: String, kind: FileKind, oid: GitOID, linkTarget: String? = nil) {
        self.path = path
        self.kind = kind
        self.oid = oid
        self.linkTarget = linkTarget
    }
}
