import Foundation
import RulesmithCore
import RulesmithGit

/// Finds the text rulesmith last generated for a file (the base of a 3-way merge), checked
/// against the blob id in the lockfile: re-rendered from the locked revision and inputs, else read
/// from git's object database (a committed generated file), else from rulesmith's own cache of
/// bases in its state folder. Nil when none has it: the caller merges 2-way.
final class MergeBases {
    private let workspace: WorkflowWorkspace
    private let regenerate: () -> [String: [UInt8]]
    private var regenerated: [String: [UInt8]]?

    /// `regenerate` renders the locked revision with the locked inputs: path → managed text.
    init(workspace: WorkflowWorkspace, regenerate: @escaping () -> [String: [UInt8]]) {
        self.workspace = workspace
        self.regenerate = regenerate
    }

    var cacheDirectory: String { workspace.stateDirectory + "/bases" }

    /// The base for `entry`, or nil.
    func base(for entry: LockEntry) -> [UInt8]? {
        if regenerated == nil { regenerated = regenerate() }
        if let bytes = regenerated?[entry.path], GitBlobID.of(bytes) == entry.blob { return bytes }
        if let repository = workspace.repository, let oid = GitOID(hex: entry.blob),
           let bytes = try? repository.readBlob(oid), GitBlobID.of(bytes) == entry.blob {
            return bytes
        }
        if let bytes = try? FileSystem.read(cacheDirectory + "/" + entry.blob), GitBlobID.of(bytes) == entry.blob {
            return bytes
        }
        return nil
    }

    /// Keeps `bytes` in the cache (once per blob), so a later merge finds its base offline.
    func remember(_ bytes: [UInt8]) {
        // Without git there is no hidden place for it; re-rendering is the only base then.
        guard workspace.repository != nil else { return }
        let path = cacheDirectory + "/" + GitBlobID.of(bytes)
        guard !FileSystem.exists(path) else { return }
        try? FileSystem.createDirectory(cacheDirectory)
        try? AtomicFile.write(bytes, to: path)
    }

    /// Deletes cached bases the lockfile no longer refers to.
    func prune(keeping blobs: Set<String>) {
        guard let names = try? FileSystem.contents(of: cacheDirectory) else { return }
        for name in names where GitBlobID.isValid(name) && !blobs.contains(name) {
            unlink(cacheDirectory + "/" + name)
        }
        AtomicFile.removeLeftovers(in: cacheDirectory)
    }
}
