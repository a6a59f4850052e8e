// Work tree and index status (what `git status` shows), honouring .gitignore, and single-path
// ignore checks.

import CGit2

/// How a path differs: index against HEAD, work tree against the index, or conflicted.
public struct GitStatusFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let indexNew = GitStatusFlags(rawValue: GIT_STATUS_INDEX_NEW.rawValue)
    public static let indexModified = GitStatusFlags(rawValue: GIT_STATUS_INDEX_MODIFIED.rawValue)
    public static let indexDeleted = GitStatusFlags(rawValue: GIT_STATUS_INDEX_DELETED.rawValue)
    public static let indexRenamed = GitStatusFlags(rawValue: GIT_STATUS_INDEX_RENAMED.rawValue)
    public static let indexTypeChange = GitStatusFlags(rawValue: GIT_STATUS_INDEX_TYPECHANGE.rawValue)
    public static let workdirNew = GitStatusFlags(rawValue: GIT_STATUS_WT_NEW.rawValue)
    public static let workdirModified = GitStatusFlags(rawValue: GIT_STATUS_WT_MODIFIED.rawValue)
    public static let workdirDeleted = GitStatusFlags(rawValue: GIT_STATUS_WT_DELETED.rawValue)
    public static let workdirTypeChange = GitStatusFlags(rawValue: GIT_STATUS_WT_TYPECHANGE.rawValue)
    public static let workdirRenamed = GitStatusFlags(rawValue: GIT_STATUS_WT_RENAMED.rawValue)
    public static let workdirUnreadable = GitStatusFlags(rawValue: GIT_STATUS_WT_UNREADABLE.rawValue)
    public static let ignored = GitStatusFlags(rawValue: GIT_STATUS_IGNORED.rawValue)
    public static let conflicted = GitStatusFlags(rawValue: GIT_STATUS_CONFLICTED.rawValue)

    /// Any change between HEAD and the index.
    public static let staged: GitStatusFlags = [
        .indexNew, .indexModified, .indexDeleted, .indexRenamed, .indexTypeChange,
    ]
    /// Any change between the index and the work tree, untracked files included.
    public static let unstaged: GitStatusFlags = [
        .workdirNew, .workdirModified, .workdirDeleted, .workdirRenamed, .workdirTypeChange,
        .workdirUnreadable,
    ]
}

/// One path that differs from HEAD or the index.
public struct GitStatusEntry: Hashable, Sendable {
    /// Path relative to the work tree root ('/'-separated); the new path of a rename.
    public let path: String
    /// The old path when `flags` contains a rename, else nil.
    public let oldPath: String?
    /// How the path differs.
    public let flags: GitStatusFlags
}

extension GitRepository {
    /// The paths that differ from HEAD or the index, sorted by path, honouring `.gitignore`.
    ///
    /// - Parameters:
    ///   - includeUntracked: list untracked files (each file, not just its directory).
    ///   - includeIgnored: also list ignored files, flagged `.ignored`.
    ///   - updateIndex: write refreshed stat data back to the index, so the next status after a
    ///     mass mtime change is fast again (as `git status` does); needs a writable index.
    ///   - detectRenames: pair deletions and additions into renames (slower).
    ///   - paths: only these exact paths (relative to the work tree root); all when empty.
    /// - Throws: `GitError` for a bare repository or an unreadable index.
    public func status(
        includeUntracked: Bool = true, includeIgnored: Bool = false, updateIndex: Bool = false,
        detectRenames: Bool = false, paths: [String] = []
    ) throws(GitError) -> [GitStatusEntry] {
        var options = git_status_options()
        try check(git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION)), "prepare status options")
        options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR
        var flags = GIT_STATUS_OPT_SORT_CASE_SENSITIVELY.rawValue
        if includeUntracked {
            flags |= GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue
        }
        if includeIgnored {
            flags |= GIT_STATUS_OPT_INCLUDE_IGNORED.rawValue | GIT_STATUS_OPT_RECURSE_IGNORED_DIRS.rawValue
        }
        if updateIndex { flags |= GIT_STATUS_OPT_UPDATE_INDEX.rawValue }
        if detectRenames {
            flags |= GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX.rawValue | GIT_STATUS_OPT_RENAMES_INDEX_TO_WORKDIR.rawValue
        }
        if !paths.isEmpty { flags |= GIT_STATUS_OPT_DISABLE_PATHSPEC_MATCH.rawValue }
        options.flags = flags
        return try withStrArray(paths) { (pathspec) throws(GitError) -> [GitStatusEntry] in
            options.pathspec = pathspec
            var list: OpaquePointer?
            try check(git_status_list_new(&list, handle, &options), "read the status")
            defer { git_status_list_free(list) }
            let count = git_status_list_entrycount(list)
            var entries = [GitStatusEntry]()
            entries.reserveCapacity(count)
            for position in 0..<count {
                guard let entry = git_status_byindex(list, position)?.pointee else { continue }
                entries.append(Self.statusEntry(entry))
            }
            return entries
        }
    }

    /// Whether `path` (relative to the work tree root) is ignored by `.gitignore`,
    /// `.git/info/exclude` or `core.excludesFile`, whether or not it exists.
    ///
    /// - Throws: `GitError` when the ignore rules cannot be read.
    public func isIgnored(_ path: String) throws(GitError) -> Bool {
        var ignored: Int32 = 0
        try check(git_ignore_path_is_ignored(&ignored, handle, path), "check whether \(path) is ignored")
        return ignored == 1
    }

    private static func statusEntry(_ entry: git_status_entry) -> GitStatusEntry {
        let flags = GitStatusFlags(rawValue: entry.status.rawValue)
        // The work tree delta knows the newest path; fall back to the index delta (staged deletions).
        let delta = entry.index_to_workdir ?? entry.head_to_index
        let newPath = delta.flatMap { string($0.pointee.new_file.path) } ?? ""
        var oldPath: String?
        if flags.contains(.indexRenamed), let staged = entry.head_to_index {
            oldPath = string(staged.pointee.old_file.path)
        } else if flags.contains(.workdirRenamed), let unstaged = entry.index_to_workdir {
            oldPath = string(unstaged.pointee.old_file.path)
        }
        return GitStatusEntry(path: newPath, oldPath: oldPath, flags: flags)
    }
}
