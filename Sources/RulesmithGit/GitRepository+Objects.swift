// Reading objects: revision expressions to ids, blob bytes by id, and a file's content at HEAD.

import CGit2

extension GitRepository {
    /// Resolves a revision expression ("HEAD", "main~2", "HEAD:path/to/file", an abbreviated id).
    ///
    /// - Throws: `GitError` with reason `.notFound` when it names nothing.
    public func revparse(_ spec: String) throws(GitError) -> GitOID {
        var object: OpaquePointer?
        try check(git_revparse_single(&object, handle, spec), "resolve '\(spec)'")
        defer { git_object_free(object) }
        guard let oid = git_object_id(object) else {
            throw GitError(operation: "resolve '\(spec)'", message: "libgit2 returned no object id")
        }
        return GitOID(oid.pointee)
    }

    /// The bytes of a blob.
    ///
    /// - Throws: `GitError` with reason `.notFound` when no blob has this id.
    public func readBlob(_ oid: GitOID) throws(GitError) -> [UInt8] {
        var raw = oid.raw
        var blob: OpaquePointer?
        try check(git_blob_lookup(&blob, handle, &raw), "read blob \(oid)")
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let content = git_blob_rawcontent(blob) else { return [] }
        return Array(UnsafeRawBufferPointer(start: content, count: size))
    }

    /// The size in bytes of a blob, read from the object's header without inflating it, so a
    /// caller can refuse a huge blob before loading it.
    ///
    /// - Throws: `GitError` with reason `.notFound` when no object has this id.
    public func blobSize(_ oid: GitOID) throws(GitError) -> Int {
        var odb: OpaquePointer?
        try check(git_repository_odb(&odb, handle), "open the object database")
        defer { git_odb_free(odb) }
        var raw = oid.raw
        var size = 0
        var type = GIT_OBJECT_INVALID
        try check(git_odb_read_header(&size, &type, odb, &raw), "read the header of \(oid)")
        return size
    }

    /// The content of `path` (relative to the work tree root, '/'-separated) in the HEAD commit;
    /// nil when HEAD is unborn or the commit has no such file.
    ///
    /// - Throws: `GitError` when `path` names a directory or a submodule, or HEAD is unreadable.
    public func blobAtHEAD(_ path: String) throws(GitError) -> [UInt8]? {
        guard let entry = try headEntry(path) else { return nil }
        // Files and symbolic links are blobs; folders (trees) and submodules (commits) are not.
        guard entry.mode != 0o040000, entry.mode != 0o160000 else {
            throw GitError(
                operation: "read \(path) at HEAD", message: "\(path) is not a file at HEAD",
                reason: .invalidArgument)
        }
        return try readBlob(entry.oid)
    }
}

/// One entry of a commit's tree: what it points at and its git file mode.
public struct GitTreeEntry: Hashable, Sendable {
    public let oid: GitOID
    /// 0o100644, 0o100755, 0o120000 (symlink), 0o160000 (submodule) or 0o040000 (folder).
    public let mode: UInt32
}

extension GitRepository {
    /// The entry at `path` (a file, symlink, submodule or folder) in the HEAD commit's tree; nil
    /// when HEAD is unborn or holds nothing there.
    ///
    /// - Throws: `GitError` when HEAD or its tree cannot be read.
    public func headEntry(_ path: String) throws(GitError) -> GitTreeEntry? {
        try withHeadTree { tree throws(GitError) -> GitTreeEntry? in
            var entry: OpaquePointer?
            let code = git_tree_entry_bypath(&entry, tree, path)
            if code == GIT_ENOTFOUND.rawValue {
                git_error_clear()
                return nil
            }
            try check(code, "find \(path) at HEAD")
            defer { git_tree_entry_free(entry) }
            guard let id = git_tree_entry_id(entry) else { return nil }
            return GitTreeEntry(oid: GitOID(id.pointee), mode: git_tree_entry_filemode(entry).rawValue)
        } ?? nil
    }

    /// Runs `body` on the HEAD commit's tree; nil when HEAD is unborn.
    private func withHeadTree<Result>(_ body: (OpaquePointer?) throws(GitError) -> Result) throws(GitError) -> Result? {
        guard let commitOID = try head().oid else { return nil }
        var raw = commitOID.raw
        var commit: OpaquePointer?
        try check(git_commit_lookup(&commit, handle, &raw), "read HEAD commit \(commitOID)")
        defer { git_commit_free(commit) }
        var tree: OpaquePointer?
        try check(git_commit_tree(&tree, commit), "read the tree of \(commitOID)")
        defer { git_tree_free(tree) }
        return try body(tree)
    }
}

extension GitRepository {
    /// Every entry of the HEAD commit's tree but folders, by path ('/'-separated), read in one walk
    /// (each tree object inflated once); empty when HEAD is unborn. Answers "does the commit
    /// change this path" for thousands of paths at the cost of one walk instead of one path
    /// lookup each, which re-reads the trees on the way every time.
    ///
    /// - Throws: `GitError` when HEAD or one of its trees cannot be read.
    public func headFiles() throws(GitError) -> [String: GitTreeEntry] {
        try withHeadTree { tree throws(GitError) in
            var files: [String: GitTreeEntry] = [:]
            try collectEntries(of: tree, prefix: "", into: &files)
            return files
        } ?? [:]
    }

    private func collectEntries(of tree: OpaquePointer?, prefix: String, into files: inout [String: GitTreeEntry]) throws(GitError) {
        for position in 0..<git_tree_entrycount(tree) {
            guard let entry = git_tree_entry_byindex(tree, position), let name = git_tree_entry_name(entry),
                  let id = git_tree_entry_id(entry) else { continue }
            let path = prefix + String(cString: name)
            let mode = git_tree_entry_filemode(entry).rawValue
            guard mode == 0o040000 else {
                files[path] = GitTreeEntry(oid: GitOID(id.pointee), mode: mode)
                continue
            }
            var subtree: OpaquePointer?
            try check(git_tree_lookup(&subtree, handle, id), "read the tree at \(path)")
            defer { git_tree_free(subtree) }
            try collectEntries(of: subtree, prefix: path + "/", into: &files)
        }
    }
}
