import Foundation
import RulesmithGit

/// The files of a folder as the facts engine sees them: the tracked files from git's index
/// (libgit2, never a `git` process) when the folder is in a work tree, else a walk that
/// honours .gitignore. A repository that tracks nothing yet under the folder (a fresh
/// `git init` before `rulesmith init`) is walked too. Paths are relative to the folder.
public enum RepositoryFileList {
    /// - Throws: `RulesmithError` (exit 2) when `folder` is missing or not a folder.
    public static func files(in folder: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [String] {
        guard let real = FileSystem.realPath(folder), FileSystem.isDirectory(real) else {
            throw RulesmithError("\(folder): no such folder")
        }
        if let tracked = tracked(in: real, environment: environment), !tracked.isEmpty { return tracked }
        return try WorkspaceScanner(root: real).allFiles()
    }

    /// The index's stage-0 files (regular files and symlinks) under `folder`, nil outside a
    /// work tree or when the index cannot be read.
    private static func tracked(in folder: String, environment: [String: String]) -> [String]? {
        guard let repository = try? GitRepository.discover(from: folder, environment: environment),
              let workdir = repository.workdir.flatMap(FileSystem.realPath),
              FileSystem.isInside(folder, root: workdir),
              let entries = try? repository.indexEntries() else { return nil }
        let prefix = folder == workdir ? "" : String(folder.dropFirst(workdir == "/" ? 1 : workdir.count + 1)) + "/"
        var files: [String] = []
        files.reserveCapacity(entries.count)
        for entry in entries where entry.stage == 0 && entry.mode != 0o160000 && entry.path.hasPrefix(prefix) {
            files.append(String(entry.path.dropFirst(prefix.count)))
        }
        return files
    }
}
