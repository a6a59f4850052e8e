import RulesmithLint

/// The extension point for issue item 3 (the lockfile): fail the hook when a generated file is
/// committed with a hand edit that `rulesmith adopt` has not taken in. The lockfile module
/// implements it and passes it to `HookRunner`; the runner calls it only when a
/// `.rulesmith.lock` exists (staged, else in the work tree) and `hook.check-drift` is on.
public protocol HookDriftCheck: Sendable {
    /// Findings for staged generated files that differ from what the lock says was written.
    ///
    /// - Parameters:
    ///   - snapshot: the index, read once (`changedFiles()`, `content(atPath:)`, `workspace`).
    ///   - lock: the bytes of `.rulesmith.lock` (the staged version when the index has one).
    func check(
        _ snapshot: StagedSnapshot, lock: [UInt8], configuration: ProjectConfiguration
    ) throws(RulesmithError) -> [HookDriftFinding]

    /// Findings for named files, changed or not (what the pre-commit framework passes, every
    /// tracked one under `--all-files`), read from the work tree: the framework has stashed what
    /// is not staged, so no index (and no libgit2) is needed.
    ///
    /// - Parameters:
    ///   - paths: repository-relative paths; those the lock does not name are not judged (nor read).
    ///   - read: the bytes at a path, nil when there is no regular file there.
    func check(paths: [String], lock: [UInt8], read: (String) -> [UInt8]?) throws(RulesmithError) -> [HookDriftFinding]
}

/// A generated file the commit would carry with an edit not yet adopted.
public struct HookDriftFinding: Sendable, Equatable {
    /// Repository-relative path.
    public var path: String
    /// What differs and what to do (for example "hand edit not adopted; run rulesmith adopt …").
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}
