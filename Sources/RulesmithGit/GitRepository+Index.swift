// The index (staging area): its entries, the staged content of a path (what a pre-commit hook
// must lint), staging and unstaging paths, writing it back, and whether it holds conflicts.
//
// libgit2 keeps one index object per repository; changes made here stay in memory until
// `writeIndex()`. Reads first reload the file when another process (the git CLI) changed it.

import CGit2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One index entry: a path at a merge stage (0 normally; 1 base, 2 ours, 3 theirs in a conflict).
public struct GitIndexEntry: Hashable, Sendable {
    /// Path relative to the work tree root, '/'-separated.
    public let path: String
    /// The staged blob (or submodule commit).
    public let oid: GitOID
    /// The git file mode: 0o100644, 0o100755, 0o120000 (symlink) or 0o160000 (submodule).
    public let mode: UInt32
    /// The merge stage, 0…3.
    public let stage: Int
}

extension GitRepository {
    /// Runs `body` with the repository's index, reloaded from disk when the file changed there.
    func withIndex<R>(_ operation: String, _ body: (OpaquePointer) throws(GitError) -> R) throws(GitError) -> R {
        var index: OpaquePointer?
        try check(git_repository_index(&index, handle), "\(operation): open the index")
        defer { git_index_free(index) }
        guard let index else {
            throw GitError(operation: operation, message: "libgit2 returned no index")
        }
        try check(git_index_read(index, 0), "\(operation): read the index")
        return try body(index)
    }

    /// Every entry of the index, in index order (by path, then stage).
    ///
    /// - Throws: `GitError` when the index cannot be read.
    public func indexEntries() throws(GitError) -> [GitIndexEntry] {
        try withIndex("list the index") { index in
            let count = git_index_entrycount(index)
            var entries = [GitIndexEntry]()
            entries.reserveCapacity(count)
            for position in 0..<count {
                guard let entry = git_index_get_byindex(index, position) else { continue }
                entries.append(Self.entry(entry.pointee))
            }
            return entries
        }
    }

    /// The staged (stage 0) content of `path`: what the next commit will contain. nil when the
    /// path is not staged or is in conflict.
    ///
    /// - Throws: `GitError` when the index or the blob cannot be read.
    public func stagedBlob(_ path: String) throws(GitError) -> [UInt8]? {
        let oid: GitOID? = try withIndex("read the staged \(path)") { index in
            guard let entry = git_index_get_bypath(index, path, 0) else { return nil }
            return GitOID(entry.pointee.id)
        }
        guard let oid else { return nil }
        return try readBlob(oid)
    }

    /// Stages the current work tree content of each path; a path missing from the work tree is
    /// staged as deleted, like `git add`. In memory until `writeIndex()`.
    ///
    /// - Parameter paths: file paths relative to the work tree root (not directories).
    /// - Throws: `GitError` naming the first path that cannot be staged.
    public func add(_ paths: [String]) throws(GitError) {
        guard let root = workdir else {
            throw GitError(operation: "stage \(paths.joined(separator: ", "))",
                           message: "a bare repository has no work tree", reason: .invalidArgument)
        }
        try withIndex("stage files") { index throws(GitError) in
            for path in paths {
                var info = stat()
                if lstat(root + "/" + path, &info) == 0 {
                    try check(git_index_add_bypath(index, path), "stage \(path)")
                } else {
                    try check(git_index_remove_bypath(index, path), "stage the deletion of \(path)")
                }
            }
        }
    }

    /// Removes paths from the index, keeping the files (`git rm --cached`). In memory until
    /// `writeIndex()`.
    ///
    /// - Throws: `GitError` naming the first path that cannot be removed.
    public func remove(_ paths: [String]) throws(GitError) {
        try withIndex("unstage files") { index throws(GitError) in
            for path in paths {
                try check(git_index_remove_bypath(index, path), "remove \(path) from the index")
            }
        }
    }

    /// Writes the in-memory index to disk.
    ///
    /// - Throws: `GitError` when the index is locked or cannot be written.
    public func writeIndex() throws(GitError) {
        var index: OpaquePointer?
        try check(git_repository_index(&index, handle), "write the index: open it")
        defer { git_index_free(index) }
        try check(git_index_write(index), "write the index")
    }

    /// Whether the index holds unresolved merge conflicts.
    public var hasConflicts: Bool {
        get throws(GitError) {
            try withIndex("check for conflicts") { index in git_index_has_conflicts(index) == 1 }
        }
    }

    static func entry(_ raw: git_index_entry) -> GitIndexEntry {
        GitIndexEntry(
            path: string(raw.path) ?? "",
            oid: GitOID(raw.id),
            mode: raw.mode,
            stage: Int((UInt32(raw.flags) & UInt32(GIT_INDEX_ENTRY_STAGEMASK)) >> UInt32(GIT_INDEX_ENTRY_STAGESHIFT)))
    }
}
