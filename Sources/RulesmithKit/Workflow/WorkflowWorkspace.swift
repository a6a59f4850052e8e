import Foundation
import RulesmithGit
import RulesmithLint
import RulesmithTemplates
import RulesmithText

/// The repository a workflow command works on: its root, its git repository (when there is one),
/// and confined reads, writes and deletes of repository-relative paths.
final class WorkflowWorkspace {
    /// Absolute, symlinks resolved.
    let root: String
    let repository: GitRepository?

    init(root: String, repository: GitRepository?) {
        self.root = root
        self.repository = repository
    }

    var configPath: String { root + "/" + ProjectConfiguration.fileName }
    var lockPath: String { root + "/" + Lockfile.fileName }

    /// rulesmith's own folder: inside `.git` when there is a repository (so it never shows in
    /// `git status`), else `.rulesmith-state` in the root. Use `stateFolder(_:)` to reach it.
    var stateDirectory: String {
        StateFolder(anchor: stateAnchor.folder, components: [stateAnchor.name]).path
    }

    private var stateAnchor: (folder: String, name: String) {
        if let repository, !repository.gitDirectory.isEmpty {
            var folder = repository.gitDirectory
            while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
            return (folder, "rulesmith")
        }
        return (root, ".rulesmith-state")
    }

    /// rulesmith's state folder, or the folder `components` below it, made where missing; throws
    /// when any part of it is a symbolic link or not a folder, so state writes and their pruning
    /// never land outside it.
    func stateFolder(_ components: String...) throws(RulesmithError) -> String {
        try StateFolder(anchor: stateAnchor.folder, components: [stateAnchor.name] + components).prepare()
    }

    /// Refuses a state folder (or its `backups`, `bases`) that is a link or not a folder, before a
    /// command relies on it; makes nothing.
    func checkStateFolders() throws(RulesmithError) {
        for sub in [[], ["backups"], ["bases"]] {
            try StateFolder(anchor: stateAnchor.folder, components: [stateAnchor.name] + sub).check()
        }
    }

    /// The repository holding `.rulesmith.yml` at or above `start`; for `init` (no configuration
    /// yet) the git work tree containing `start`, else `start` itself.
    static func locate(from start: String, forInit: Bool) throws(RulesmithError) -> WorkflowWorkspace {
        let absoluteStart = FileSystem.realPath(start) ?? FileSystem.absolute(start)
        let repository: GitRepository?
        do {
            repository = try GitRepository.discover(from: absoluteStart)
        } catch where error.reason == .libraryUnavailable {
            // Outside a repository is fine; working without git because libgit2 is missing is not.
            throw RulesmithError(error.message)
        } catch {
            repository = nil
        }
        var root: String
        if forInit {
            root = repository?.workdir ?? absoluteStart
        } else {
            guard let config = ConfigurationLoader.find(from: absoluteStart) else {
                throw RulesmithError("\(ProjectConfiguration.fileName): not found in \(absoluteStart) or above; run rulesmith init first")
            }
            root = PathSyntax.directory(of: config)
            if root.isEmpty { root = "/" }
        }
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        let resolved = FileSystem.realPath(root) ?? root
        // A repository whose work tree does not hold the root (e.g. the root is outside it) is not ours.
        let owned = repository.flatMap { repo -> GitRepository? in
            guard let workdir = repo.workdir.map({ FileSystem.realPath($0) ?? $0 }) else { return nil }
            let trimmed = workdir.hasSuffix("/") ? String(workdir.dropLast()) : workdir
            return resolved == trimmed || resolved.hasPrefix(trimmed + "/") ? repo : nil
        }
        return WorkflowWorkspace(root: resolved, repository: owned)
    }

    func absolute(_ relative: String) -> String { root + "/" + relative }

    /// Whether `relative` is a plain path that stays inside the root (no `..`, not absolute) and
    /// outside git's own folder (`.git` in any spelling a file system folds to it, a submodule's too).
    static func isConfined(_ relative: String) -> Bool {
        TemplateIdentifier.isSafeRelativePath(relative) && !PathSyntax.escapesRoot(relative) && !GitDirectoryName.isInside(relative)
    }

    /// Throws unless `relative` is a confined path; `origin` says where it came from.
    func checkConfined(_ relative: String, origin: String) throws(RulesmithError) {
        guard Self.isConfined(relative) else {
            if TemplateIdentifier.isSafeRelativePath(relative), !PathSyntax.escapesRoot(relative) {
                throw RulesmithError("\(relative): \(origin) names a path inside git's own folder (.git); rulesmith never reads, writes or deletes there")
            }
            throw RulesmithError("\(relative): \(origin) names a path outside the repository; refusing it")
        }
    }

    /// The first folder on the way to `relative` (or `relative` itself) that is a symbolic link.
    func symbolicLinkOnTheWay(to relative: String) -> String? {
        var current = ""
        for component in relative.split(separator: "/") {
            current += current.isEmpty ? String(component) : "/" + component
            if FileSystem.type(of: absolute(current), followLinks: false) == .symlink { return current }
        }
        return nil
    }

    /// Whether the real location of `absolutePath` (symlinks resolved) is inside the root and
    /// outside git's folder.
    private func resolvesInside(_ absolutePath: String) -> Bool {
        guard let real = FileSystem.realPath(absolutePath) else { return true }
        if real == root { return true }
        let prefix = root == "/" ? "/" : root + "/"
        // Inside the root, but not inside `.git` through a link (`.cursor` → `.git`).
        return real.hasPrefix(prefix) && !GitDirectoryName.isInside(String(real.dropFirst(prefix.count)))
    }

    /// What is at `relative`: a file's bytes, nothing, or why it cannot be managed.
    func read(_ relative: String) -> DiskContent {
        guard Self.isConfined(relative) else { return .unusable("the path leaves the repository") }
        let path = absolute(relative)
        switch FileSystem.type(of: path, followLinks: false) {
        case .missing:
            let parent = PathSyntax.directory(of: relative)
            if !parent.isEmpty, let ancestor = deepestExisting(parent), !resolvesInside(absolute(ancestor)) {
                return .unusable("\(ancestor) is a symbolic link that leaves the repository or leads into .git")
            }
            return .missing
        case .directory: return .unusable("is a folder, not a file")
        case .other: return .unusable("is not a regular file")
        case .symlink:
            guard resolvesInside(path) else { return .unusable("is a symbolic link that leaves the repository or leads into .git; refusing to follow it") }
            let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            return .link(destination)
        case .file:
            guard resolvesInside(path) else { return .unusable("lies behind a symbolic link that leaves the repository or leads into .git") }
            guard FileSystem.type(of: path) == .file else {
                return FileSystem.type(of: path) == .missing ? .unusable("is a dangling symbolic link") : .unusable("is not a regular file")
            }
            do {
                return .file(try FileSystem.read(path))
            } catch {
                return .unusable(error.message)
            }
        }
    }

    /// The first folder on the way to `relative` that holds its own `.git` (an unregistered
    /// nested repository or a submodule's work tree): rulesmith does not write into another repository.
    func nestedRepository(on relative: String) -> String? {
        var current = ""
        for component in relative.split(separator: "/").dropLast() {
            current += current.isEmpty ? String(component) : "/" + component
            if FileSystem.type(of: absolute(current + "/.git"), followLinks: false) != .missing { return current }
        }
        return nil
    }

    /// The longest existing prefix of the folder path `relative`.
    private func deepestExisting(_ relative: String) -> String? {
        var components = relative.split(separator: "/").map(String.init)
        while !components.isEmpty {
            let candidate = components.joined(separator: "/")
            if FileSystem.exists(absolute(candidate)) { return candidate }
            components.removeLast()
        }
        return nil
    }

    /// Writes `bytes` at `relative` atomically, creating folders, never through a symlink that
    /// leaves the repository.
    func write(_ bytes: [UInt8], to relative: String, executable: Bool? = nil) throws(RulesmithError) {
        try checkConfined(relative, origin: "a generated file")
        let parent = PathSyntax.directory(of: relative)
        if !parent.isEmpty {
            if let ancestor = deepestExisting(parent), !resolvesInside(absolute(ancestor)) {
                throw RulesmithError("\(relative): \(ancestor) is a symbolic link that leaves the repository or leads into .git; refusing to write")
            }
            try FileSystem.createDirectory(absolute(parent))
        }
        try AtomicFile.write(bytes, to: absolute(relative), scope: .inside(root), executable: executable)
    }

    /// Writes `.rulesmith.yml`: the one place that writes it, with text made by
    /// `ConfigurationText`, the one editor of that file (`SharedMechanismTests`).
    func writeConfiguration(_ bytes: [UInt8]) throws(RulesmithError) {
        try AtomicFile.write(bytes, to: configPath, scope: .inside(root))
    }

    /// Deletes the file at `relative` (not through a symlink out of the repository).
    func delete(_ relative: String) throws(RulesmithError) {
        try checkConfined(relative, origin: "the lockfile")
        let path = absolute(relative)
        guard resolvesInside(path) else { throw RulesmithError("\(relative): leaves the repository or leads into .git; refusing to delete it") }
        if unlink(path) != 0, errno != ENOENT {
            throw RulesmithError("\(relative): cannot delete: \(String(cString: strerror(errno)))")
        }
    }

    /// `relative` as a path inside the git work tree, for staging.
    func gitPath(_ relative: String) -> String? {
        guard let workdir = repository?.workdir else { return nil }
        let base = FileSystem.realPath(workdir) ?? workdir
        return FileSystem.relative(absolute(relative), to: base.hasSuffix("/") ? String(base.dropLast()) : base)
    }

    /// Removes temp files a killed run left beside the generated files and the lockfile.
    func removeLeftovers(for paths: [String]) {
        var folders = Set([root])
        for path in paths where Self.isConfined(path) {
            let parent = PathSyntax.directory(of: path)
            folders.insert(parent.isEmpty ? root : absolute(parent))
        }
        for folder in folders where FileSystem.isDirectory(folder) && resolvesInside(folder) {
            AtomicFile.removeLeftovers(in: folder)
        }
    }
}
