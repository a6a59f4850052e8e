// The repository handle: opening (exact path, discovery from a subfolder honouring GIT_DIR,
// GIT_WORK_TREE, GIT_INDEX_FILE and GIT_CEILING_DIRECTORIES), creating, its directories, HEAD and
// the in-progress operation state. Other concerns are extensions in their own files.

import CGit2
import Foundation

/// An open git repository. Not Sendable: keep one per task. The handle is freed on deinit.
public final class GitRepository {
    /// The `git_repository *`; owned, freed in deinit.
    let handle: OpaquePointer

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        git_repository_free(handle)
    }

    /// Takes ownership of a handle returned by libgit2, failing cleanly on NULL.
    static func adopt(_ handle: OpaquePointer?, operation: String) throws(GitError) -> GitRepository {
        guard let handle else {
            throw GitError(operation: operation, message: "libgit2 returned no repository")
        }
        return GitRepository(handle: handle)
    }

    // MARK: Opening and creating

    /// Opens the repository at exactly `path` (a work tree root, a `.git` directory or a bare
    /// repository); no search upwards.
    ///
    /// - Throws: `GitError` with reason `.notFound` when `path` is not a repository.
    public static func open(_ path: String) throws(GitError) -> GitRepository {
        try Git.initialize()
        var raw: OpaquePointer?
        try check(
            git_repository_open_ext(&raw, path, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil),
            "open repository at \(path)")
        return try adopt(raw, operation: "open repository at \(path)")
    }

    /// Finds the repository containing `path`, walking up as git does.
    ///
    /// Like git, it honours `GIT_DIR` (then no search; relative to the current directory),
    /// `GIT_WORK_TREE`, `GIT_INDEX_FILE` (the temporary index a hook sees during `git commit -a`)
    /// and `GIT_CEILING_DIRECTORIES` from `environment`.
    ///
    /// - Throws: `GitError` with reason `.notFound` when no repository contains `path`.
    public static func discover(
        from path: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(GitError) -> GitRepository {
        try Git.initialize()
        let cwd = FileManager.default.currentDirectoryPath
        func absolute(_ value: String) -> String {
            value.hasPrefix("/") ? value : (cwd as NSString).appendingPathComponent(value)
        }
        func nonEmpty(_ key: String) -> String? {
            guard let value = environment[key], !value.isEmpty else { return nil }
            return value
        }
        var raw: OpaquePointer?
        let repository: GitRepository
        if let gitDir = nonEmpty("GIT_DIR") {
            let dir = absolute(gitDir)
            try check(
                git_repository_open_ext(&raw, dir, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil),
                "open GIT_DIR \(dir)")
            repository = try adopt(raw, operation: "open GIT_DIR \(dir)")
        } else {
            let ceilings = nonEmpty("GIT_CEILING_DIRECTORIES")
            try check(
                git_repository_open_ext(&raw, path, 0, ceilings),
                "discover a repository from \(path)")
            repository = try adopt(raw, operation: "discover a repository from \(path)")
        }
        if let workTree = nonEmpty("GIT_WORK_TREE") {
            let dir = absolute(workTree)
            try check(git_repository_set_workdir(repository.handle, dir, 0), "use GIT_WORK_TREE \(dir)")
        }
        if let indexFile = nonEmpty("GIT_INDEX_FILE") {
            let file = absolute(indexFile)
            var index: OpaquePointer?
            try check(git_index_open(&index, file), "open GIT_INDEX_FILE \(file)")
            defer { git_index_free(index) }
            try check(git_repository_set_index(repository.handle, index), "use GIT_INDEX_FILE \(file)")
        }
        return repository
    }

    /// Creates a repository (or reopens an existing one, as `git init` does) at `path`, making
    /// missing directories.
    ///
    /// - Parameters:
    ///   - bare: create a bare repository (no work tree).
    ///   - initialBranch: the branch HEAD points at; nil uses `init.defaultBranch` or `master`.
    /// - Throws: `GitError` when the directory cannot be created or initialised.
    public static func initialize(
        at path: String, bare: Bool = false, initialBranch: String? = nil
    ) throws(GitError) -> GitRepository {
        try Git.initialize()
        var options = git_repository_init_options()
        try check(
            git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
            "prepare init options")
        options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue
        if bare { options.flags |= GIT_REPOSITORY_INIT_BARE.rawValue }
        var raw: OpaquePointer?
        let code: Int32
        if let initialBranch {
            code = initialBranch.withCString { branch in
                options.initial_head = branch
                return git_repository_init_ext(&raw, path, &options)
            }
        } else {
            code = git_repository_init_ext(&raw, path, &options)
        }
        try check(code, "initialise repository at \(path)")
        return try adopt(raw, operation: "initialise repository at \(path)")
    }

    // MARK: Directories

    /// The work tree root (no trailing slash), nil for a bare repository.
    public var workdir: String? { directory(git_repository_workdir(handle)) }

    /// The git directory: `.git`, a bare repository, or a linked worktree's private directory.
    public var gitDirectory: String { directory(git_repository_path(handle)) ?? "" }

    /// The directory shared by all worktrees (objects, refs, config, hooks); the git directory
    /// itself outside linked worktrees.
    public var commonDirectory: String { directory(git_repository_commondir(handle)) ?? gitDirectory }

    /// Whether the repository has no work tree.
    public var isBare: Bool { git_repository_is_bare(handle) == 1 }

    /// Whether this is a linked worktree (`git worktree add`).
    public var isLinkedWorktree: Bool { git_repository_is_worktree(handle) == 1 }

    // MARK: HEAD and state

    /// What HEAD points at.
    ///
    /// - Throws: `GitError` when HEAD is missing or unreadable.
    public func head() throws(GitError) -> GitHead {
        if try check(git_repository_head_unborn(handle), "check whether HEAD is unborn") == 1 {
            var reference: OpaquePointer?
            try check(git_reference_lookup(&reference, handle, "HEAD"), "read HEAD")
            defer { git_reference_free(reference) }
            let target = string(git_reference_symbolic_target(reference)) ?? ""
            return .unborn(branch: GitBranch.shortName(of: target))
        }
        var reference: OpaquePointer?
        try check(git_repository_head(&reference, handle), "read HEAD")
        defer { git_reference_free(reference) }
        guard let oidPointer = git_reference_target(reference) else {
            throw GitError(operation: "read HEAD", message: "HEAD does not resolve to an object")
        }
        let oid = GitOID(oidPointer.pointee)
        if git_reference_is_branch(reference) == 1, let name = string(git_reference_name(reference)) {
            return .branch(name: GitBranch.shortName(of: name), oid: oid)
        }
        return .detached(oid)
    }

    /// The operation in progress (merge, rebase, cherry-pick …), from `git_repository_state`.
    public var state: GitRepositoryState { GitRepositoryState(raw: git_repository_state(handle)) }
}

@available(*, unavailable, message: "a libgit2 repository handle must stay on one task")
extension GitRepository: Sendable {}
