import RulesmithLint
import RulesmithText

/// The workspace as the next commit will hold it, for link and import checks of staged files:
/// entries come from git's index (a link to an untracked or unstaged file is missing), contents
/// from the staged blobs, and staged symlinks are followed inside the index.
///
/// `@unchecked Sendable`: it reads through the snapshot's libgit2 handle, so like that handle it
/// stays on the one task that lints.
public final class IndexWorkspace: WorkspaceReader, @unchecked Sendable {
    private let snapshot: StagedSnapshot

    init(snapshot: StagedSnapshot) {
        self.snapshot = snapshot
    }

    public var homeDirectory: String? { nil }

    public func entry(at path: String) -> WorkspaceEntry {
        if PathSyntax.escapesRoot(path) { return .outside }
        guard let resolved = resolve(PathSyntax.normalize(path)) else { return .outside }
        if resolved.isEmpty { return .directory }
        if snapshot.position(of: resolved) != nil { return .file }
        let prefix = resolved + "/"
        let index = snapshot.lowerBound(prefix)
        if index < snapshot.entries.count, snapshot.entries[index].path.utf8.starts(with: prefix.utf8) { return .directory }
        return .missing
    }

    public func read(_ path: String) -> [UInt8]? {
        guard !PathSyntax.escapesRoot(path), let resolved = resolve(PathSyntax.normalize(path)),
              let index = snapshot.position(of: resolved), StagedSnapshot.isRegularFile(snapshot.entries[index].mode)
        else { return nil }
        // As on disk: a blob too large for link and import checks is not loaded (its size comes
        // from the object header).
        let oid = snapshot.entries[index].oid
        guard let size = try? snapshot.repository.blobSize(oid), size <= FileSystemWorkspace.maximumReadBytes else { return nil }
        return try? snapshot.repository.readBlob(oid)
    }

    /// `path` with staged symlinks followed (folders on the way too); nil when a link leaves the
    /// repository or loops.
    private func resolve(_ path: String) -> String? {
        switch snapshot.follow(path) {
        case .entry(let index): snapshot.entries[index].path
        case .missing(let path): path
        case .outside, .loop: nil
        }
    }
}
