import RulesmithGit

/// What git tracks around a workspace, read once per scan: the index (by path, and folded to
/// lower case, since macOS and Windows file systems ignore case) and the HEAD commit. It answers
/// the questions whose answers a repository's own files cannot forge: is this file tracked with
/// exactly this content, and is a submodule, a tracked link or a tracked file in a generated
/// path's way.
struct TrackedPaths {
    let workspace: WorkflowWorkspace
    let repository: GitRepository
    private let index: [String: GitIndexEntry]
    private let folded: [String: GitIndexEntry]

    static let submoduleMode: UInt32 = 0o160000
    static let symlinkMode: UInt32 = 0o120000
    static let regularModes: Set<UInt32> = [0o100644, 0o100755]

    /// Nil outside a git repository.
    static func load(_ workspace: WorkflowWorkspace) throws(RulesmithError) -> TrackedPaths? {
        guard let repository = workspace.repository, repository.workdir != nil else { return nil }
        let entries: [GitIndexEntry]
        do {
            entries = try repository.indexEntries()
        } catch {
            throw RulesmithFailure.git("\(workspace.root): cannot read git's index: \(error.message)")
        }
        var index: [String: GitIndexEntry] = [:]
        var folded: [String: GitIndexEntry] = [:]
        for entry in entries {
            if entry.stage == 0 { index[entry.path] = entry }
            let key = entry.path.lowercased()
            // A submodule or link wins over a file of the same folded name: it is what blocks.
            if let known = folded[key], known.mode == submoduleMode || known.mode == symlinkMode { continue }
            folded[key] = entry
        }
        return TrackedPaths(workspace: workspace, repository: repository, index: index, folded: folded)
    }

    /// Whether the workspace file `relative` is a regular file in the index (staged or committed).
    func isTracked(_ relative: String) -> Bool {
        guard let path = workspace.gitPath(relative), let entry = index[path] else { return false }
        return Self.regularModes.contains(entry.mode)
    }

    /// Whether git holds `relative` as a regular file with exactly the blob `blob`, in the index
    /// or in the HEAD commit.
    func holds(_ relative: String, blob: String) -> Bool {
        guard let path = workspace.gitPath(relative) else { return false }
        if let entry = index[path], Self.regularModes.contains(entry.mode), entry.oid.hex == blob { return true }
        if let entry = try? repository.headEntry(path), Self.regularModes.contains(entry.mode), entry.oid.hex == blob { return true }
        return false
    }

    /// Why nothing can be written at `relative`: a submodule, a tracked symbolic link, or a
    /// tracked file where a folder on its way should be (in the index or at HEAD). Nil when none.
    func obstruction(at relative: String) -> String? {
        guard let path = workspace.gitPath(relative) else { return nil }
        let components = path.split(separator: "/").map(String.init)
        var prefix = ""
        for (position, component) in components.enumerated() {
            prefix += prefix.isEmpty ? component : "/" + component
            let isAncestor = position < components.count - 1
            var tracked: [(path: String, mode: UInt32)] = []
            if let entry = folded[prefix.lowercased()] { tracked.append((entry.path, entry.mode)) }
            if let entry = try? repository.headEntry(prefix) { tracked.append((prefix, entry.mode)) }
            for (trackedPath, mode) in tracked {
                if mode == Self.submoduleMode {
                    return "\(trackedPath) is a git submodule (a gitlink in the index or at HEAD); rulesmith neither writes into a submodule nor replaces it"
                }
                if mode == Self.symlinkMode {
                    return "\(trackedPath) is a symbolic link tracked by git; rulesmith does not write through it"
                }
                if isAncestor, Self.regularModes.contains(mode) {
                    return "\(trackedPath) is a file tracked by git, so nothing can be written below it"
                }
            }
        }
        return nil
    }
}
