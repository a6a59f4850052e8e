import RulesmithGit

/// A file the next commit adds or changes, as staged in git's index.
public struct StagedFile: Sendable, Hashable {
    /// Path relative to the work tree root, '/'-separated.
    public var path: String
    public var kind: FileKind
    /// The staged blob.
    public var oid: GitOID
}
