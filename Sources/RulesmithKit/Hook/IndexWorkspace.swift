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

    /// `path` with staged symlinks followed (a few levels, as a loop guard); nil when a link
    /// leaves the repository or loops.
    private func resolve(_ path: String) -> String? {
        var current = path
        for _ in 0..<8 {
            guard let index = snapshot.position(of: current), snapshot.entries[index].mode == 0o120000 else { return current }
            guard let target = try? snapshot.repository.readBlob(snapshot.entries[index].oid) else { return current }
            let text = String(decoding: target, as: UTF8.self)
            if text.hasPrefix("/") { return nil }
            let folder = PathSyntax.directory(of: current)
            let joined = folder.isEmpty ? text : folder + "/" + text
            if PathSyntax.escapesRoot(joined) { return nil }
            current = PathSyntax.normalize(joined)
        }
        return nil
    }
}
