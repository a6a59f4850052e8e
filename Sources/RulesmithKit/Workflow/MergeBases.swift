import Foundation
import RulesmithGit
import RulesmithTemplates

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

    /// The cache folder, checked to be a real folder inside the state folder (nil when it is not,
    /// or cannot be made: the cache is an optimisation).
    private func cacheDirectory(create: Bool) -> String? {
        create ? try? workspace.stateFolder("bases") : existingCacheDirectory()
    }

    private func existingCacheDirectory() -> String? {
        do {
            try workspace.checkStateFolders()
        } catch {
            return nil
        }
        let path = workspace.stateDirectory + "/bases"
        return FileSystem.type(of: path, followLinks: false) == .directory ? path : nil
    }

    /// The base for `entry`, or nil.
    func base(for entry: LockEntry) -> [UInt8]? {
        if regenerated == nil { regenerated = regenerate() }
        if let bytes = regenerated?[entry.path], GitBlobID.of(bytes) == entry.blob { return bytes }
        if let repository = workspace.repository, let oid = GitOID(hex: entry.blob),
           let bytes = try? repository.readBlob(oid), GitBlobID.of(bytes) == entry.blob {
            return bytes
        }
        return cached(entry.blob)
    }

    /// The cached text whose blob id is `blob`: text rulesmith itself wrote in this clone.
    func cached(_ blob: String) -> [UInt8]? {
        guard GitBlobID.isValid(blob), let folder = cacheDirectory(create: false),
              FileSystem.type(of: folder + "/" + blob, followLinks: false) == .file,
              let bytes = try? FileSystem.read(folder + "/" + blob), GitBlobID.of(bytes) == blob
        else { return nil }
        return bytes
    }

    /// Keeps `bytes` in the cache (once per blob), so a later merge finds its base offline.
    func remember(_ bytes: [UInt8]) {
        // Without git there is no hidden place for it; re-rendering is the only base then.
        guard workspace.repository != nil, let folder = cacheDirectory(create: true) else { return }
        let path = folder + "/" + GitBlobID.of(bytes)
        guard FileSystem.type(of: path, followLinks: false) == .missing else { return }
        try? AtomicFile.write(bytes, to: path, scope: .inside(folder))
    }

    /// Deletes cached bases the lockfile no longer refers to.
    func prune(keeping blobs: Set<String>) {
        guard let folder = cacheDirectory(create: false), let names = try? FileSystem.contents(of: folder) else { return }
        for name in names where GitBlobID.isValid(name) && !blobs.contains(name) {
            unlink(folder + "/" + name)
        }
        AtomicFile.removeLeftovers(in: folder)
    }
}
