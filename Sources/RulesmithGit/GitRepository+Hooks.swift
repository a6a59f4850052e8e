// Where git looks for hooks. libgit2 neither runs hooks nor reads `core.hooksPath` (its
// GIT_REPOSITORY_ITEM_HOOKS ignores it), so this resolves the directory the way git does.

import Foundation

extension GitRepository {
    /// The directory git runs this repository's hooks from: `core.hooksPath` when set (absolute;
    /// `~` and `~user` expanded; else relative to the work tree root, or to the git directory of
    /// a bare repository), otherwise `<common dir>/hooks`, which linked worktrees share.
    ///
    /// - Parameter environment: supplies `HOME` for `~` (the process's by default).
    /// - Throws: `GitError` when the config cannot be read or `~user` names no user.
    public func hooksDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(GitError) -> String {
        guard let configured = try config(string: "core.hooksPath"), !configured.isEmpty else {
            return commonDirectory + "/hooks"
        }
        let expanded = try Self.expandTilde(configured, environment: environment)
        if expanded.hasPrefix("/") { return expanded }
        let base = workdir ?? gitDirectory
        return base + "/" + expanded
    }

    static func expandTilde(_ path: String, environment: [String: String]) throws(GitError) -> String {
        guard path.hasPrefix("~") else { return path }
        let slash = path.firstIndex(of: "/") ?? path.endIndex
        let user = String(path[path.index(after: path.startIndex)..<slash])
        let rest = String(path[slash...])
        if user.isEmpty {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            return home + rest
        }
        guard let entry = getpwnam(user), let directory = entry.pointee.pw_dir else {
            throw GitError(operation: "resolve core.hooksPath \(path)", message: "no user named \(user)",
                           reason: .invalidArgument)
        }
        return String(cString: directory) + rest
    }
}
