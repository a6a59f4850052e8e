import RulesmithGit

/// What the next commit will contain, read once from git's index through libgit2 (never the work
/// tree): the repository, the index's stage-0 entries, which of them differ from HEAD, and blobs.
///
/// Inside a hook git sets `GIT_INDEX_FILE` (a temporary index for `commit -a` and
/// `commit -- paths`) and, in linked worktrees, `GIT_DIR`; discovery honours both.
public final class StagedSnapshot {
    public let repository: GitRepository
    /// The work tree root, absolute, no trailing slash.
    public let workTree: String
    /// Stage-0 entries in byte order of their paths (conflicted paths have none).
    let entries: [GitIndexEntry]
    private let head: GitOID?

    /// Opens the repository around `directory` and reads its index once.
    ///
    /// - Throws: `RulesmithError` (exit 2) outside a repository, for a bare one, or when the
    ///   index or HEAD cannot be read.
    public init(from directory: String, environment: [String: String]) throws(RulesmithError) {
        repository = try Self.discover(from: directory, environment: environment)
        guard let workdir = repository.workdir else {
            throw RulesmithError("\(repository.gitDirectory): a bare repository has no staged files")
        }
        workTree = workdir.hasSuffix("/") && workdir.count > 1 ? String(workdir.dropLast()) : workdir
        do {
            var staged = try repository.indexEntries().filter { $0.stage == 0 }
            if !Self.isSorted(staged) { staged.sort { Self.precedes($0.path, $1.path) } }
            entries = staged
            head = try repository.head().oid
        } catch {
            throw RulesmithError("cannot read the staged files: \(error)")
        }
    }

    /// The repository around `directory` as git finds it (`GIT_DIR`, `GIT_WORK_TREE`,
    /// `GIT_INDEX_FILE`, `GIT_CEILING_DIRECTORIES`).
    static func discover(from directory: String, environment: [String: String]) throws(RulesmithError) -> GitRepository {
        do {
            return try GitRepository.discover(from: directory, environment: environment)
        } catch let error where error.reason == .notFound {
            throw RulesmithError("\(directory): not inside a git repository")
        } catch {
            throw RulesmithError("cannot open the git repository: \(error)")
        }
    }

    /// Staged regular files of known kinds that the commit adds or changes (their blob differs
    /// from HEAD's), in path order. Deletions, symlinks, submodules and conflicts are skipped.
    ///
    /// - Parameter include: a filter on repository-relative paths (all when nil).
    public func changedFiles(include: ((String) -> Bool)? = nil) throws(RulesmithError) -> [StagedFile] {
        var files: [StagedFile] = []
        for entry in entries where Self.isRegularFile(entry.mode) && KindPrefilter.mayBeKnown(entry.path) {
            guard let kind = FileKind.classify(entry.path), include?(entry.path) ?? true else { continue }
            if let head {
                let committed: GitOID?
                do {
                    committed = try repository.revparse(head.hex + ":" + entry.path)
                } catch let error where error.reason == .notFound {
                    committed = nil
                } catch {
                    throw RulesmithError("\(entry.path): cannot read it at HEAD: \(error)")
                }
                if committed == entry.oid { continue }
            }
            files.append(StagedFile(path: entry.path, kind: kind, oid: entry.oid))
        }
        return files
    }

    /// The staged bytes of a file.
    ///
    /// - Throws: `RulesmithError` (exit 2) when the blob cannot be read.
    public func content(of file: StagedFile) throws(RulesmithError) -> [UInt8] {
        do {
            return try repository.readBlob(file.oid)
        } catch {
            throw RulesmithError("\(file.path): cannot read the staged content: \(error)")
        }
    }

    /// The size of a file's staged blob, read without loading it.
    ///
    /// - Throws: `RulesmithError` (exit 2) when the blob cannot be found.
    public func size(of file: StagedFile) throws(RulesmithError) -> Int {
        do {
            return try repository.blobSize(file.oid)
        } catch {
            throw RulesmithError("\(file.path): cannot read the staged content: \(error)")
        }
    }

    /// The staged bytes of the regular file at `path`, nil when the index has none there.
    public func content(atPath path: String) throws(RulesmithError) -> [UInt8]? {
        guard let index = position(of: path), Self.isRegularFile(entries[index].mode) else { return nil }
        do {
            return try repository.readBlob(entries[index].oid)
        } catch {
            throw RulesmithError("\(path): cannot read the staged content: \(error)")
        }
    }

    /// Whether the index has an entry at `path`.
    public func contains(_ path: String) -> Bool { position(of: path) != nil }

    /// The index as a workspace, so link and import checks see what the commit will contain.
    public var workspace: IndexWorkspace { IndexWorkspace(snapshot: self) }

    /// The position of `path` among `entries` (binary search in byte order).
    func position(of path: String) -> Int? {
        let index = lowerBound(path)
        return index < entries.count && entries[index].path == path ? index : nil
    }

    /// The first position whose path is not byte-wise before `path`.
    func lowerBound(_ path: String) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(entries[middle].path, path) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    static func isRegularFile(_ mode: UInt32) -> Bool { mode == 0o100644 || mode == 0o100755 }

    /// Git's index order: plain byte order of the UTF-8 paths.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    private static func isSorted(_ entries: [GitIndexEntry]) -> Bool {
        var index = 1
        while index < entries.count {
            if precedes(entries[index].path, entries[index - 1].path) { return false }
            index += 1
        }
        return true
    }
}
