import RulesmithEditors
import RulesmithGit
import RulesmithText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    private var headFilesRead: [String: GitTreeEntry]?

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

    /// Staged files of known kinds that the commit adds or changes (their blob differs from
    /// HEAD's), in path order. Deletions, submodules and conflicts are skipped.
    ///
    /// A staged symbolic link of a known kind (`AGENTS.md` → `docs/agents.md`) stands for the file
    /// it leads to, since that is what the editor loads: it is followed inside the index and the
    /// target's blob is linted under the link's path (when the link or the target changed). A link
    /// that leaves the repository or loops is refused; one that leads nowhere in the index is
    /// skipped (the commit gives the editor nothing to load there).
    ///
    /// - Parameter include: a filter on repository-relative paths (all when nil).
    public func changedFiles(include: ((String) -> Bool)? = nil) throws(RulesmithError) -> [StagedFile] {
        var files: [StagedFile] = []
        // One pass of the prefilter over the index (10,000 paths in a large repository), not two.
        let candidates = entries.filter { (Self.isRegularFile($0.mode) || $0.mode == Self.linkMode) && KindPrefilter.mayBeKnown($0.path) }
        if candidates.count >= Self.headWalkThreshold { try readHeadFiles() }
        for entry in candidates {
            guard let kind = FileKind.classify(entry.path), include?(entry.path) ?? true else { continue }
            guard entry.mode == Self.linkMode else {
                if try isChanged(entry.path, oid: entry.oid) { files.append(StagedFile(path: entry.path, kind: kind, oid: entry.oid)) }
                continue
            }
            switch follow(entry.path) {
            case .entry(let index):
                let target = entries[index]
                guard Self.isRegularFile(target.mode) else { continue }
                let linkChanged = try isChanged(entry.path, oid: entry.oid)
                let targetChanged = try isChanged(target.path, oid: target.oid)
                if linkChanged || targetChanged {
                    files.append(StagedFile(path: entry.path, kind: kind, oid: target.oid, linkTarget: target.path))
                }
            case .missing:
                continue
            case .outside(let text):
                throw RulesmithError(
                    "\(entry.path): a staged symbolic link to '\(PrintableMessage.make(text))', which leaves the repository; "
                        + "the editor would load a file this commit cannot show, so commit the file itself")
            case .loop:
                throw RulesmithError("\(entry.path): a staged symbolic link that loops; the editor cannot load it, so fix or remove the link")
            }
        }
        return files
    }

    /// Whether the commit changes `path` (its staged blob `oid` differs from HEAD's, or HEAD has none).
    public func isChanged(_ path: String, oid: GitOID) throws(RulesmithError) -> Bool {
        guard let head else { return true }
        if let headFilesRead { return headFilesRead[path]?.oid != oid }
        do {
            return try repository.revparse(head.hex + ":" + path) != oid
        } catch let error where error.reason == .notFound {
            return true
        } catch {
            throw RulesmithError("\(path): cannot read it at HEAD: \(error)")
        }
    }

    /// From this many paths to ask about on, HEAD's trees are read in one walk (`headFilesRead`)
    /// instead of a path lookup each (`HEAD:path` re-reads the trees on the way every time: 1.3 s
    /// of a 1.8 s hook run with 10,000 rules files); below it, the few lookups cost less than
    /// walking a large tree.
    static let headWalkThreshold = 64

    /// Reads HEAD's files in one walk, so that `isChanged` answers from memory.
    func readHeadFiles() throws(RulesmithError) {
        guard head != nil, headFilesRead == nil else { return }
        do {
            headFilesRead = try repository.headFiles()
        } catch {
            throw RulesmithError("cannot read the files of HEAD: \(error)")
        }
    }

    /// The paths of the index's files and links that the commit adds or changes (every one when
    /// HEAD is unborn), read through one walk of HEAD's trees.
    public func changedPaths() throws(RulesmithError) -> [String] {
        try readHeadFiles()
        var paths: [String] = []
        for entry in entries where Self.isRegularFile(entry.mode) || entry.mode == Self.linkMode {
            if try isChanged(entry.path, oid: entry.oid) { paths.append(entry.path) }
        }
        return paths
    }

    /// Whether the commit changes the file at `path` (false when the index has no file there).
    public func isChanged(_ path: String) throws(RulesmithError) -> Bool {
        guard let index = position(of: path) else { return false }
        return try isChanged(path, oid: entries[index].oid)
    }

    /// Where a staged path leads once symbolic links inside the index are followed.
    enum Destination: Equatable {
        /// An entry that is not a link (a file or a submodule), by position.
        case entry(Int)
        /// Nothing in the index there (the path after following links).
        case missing(String)
        /// A link whose target is absolute, climbs out with `..`, or cannot be read.
        case outside(String)
        case loop
    }

    /// `path` with staged links followed, the last component and folders on the way alike, as
    /// git checks them out (at most 40 links, like the kernel's limit).
    func follow(_ path: String) -> Destination {
        var current = PathSyntax.normalize(path)
        for _ in 0..<40 {
            if let index = position(of: current) {
                guard entries[index].mode == Self.linkMode else { return .entry(index) }
                switch linkTarget(index, at: current) {
                case .success(let next): current = next
                case .failure(let outside): return .outside(outside.text)
                }
                continue
            }
            let parts = current.split(separator: "/").map(String.init)
            var linked: (folder: Int, rest: ArraySlice<String>)?
            var prefix = ""
            for (offset, part) in parts.dropLast().enumerated() {
                prefix = prefix.isEmpty ? part : prefix + "/" + part
                if let index = position(of: prefix), entries[index].mode == Self.linkMode {
                    linked = (index, parts[(offset + 1)...])
                    break
                }
            }
            guard let linked else { return .missing(current) }
            switch linkTarget(linked.folder, at: prefix) {
            case .success(let next): current = PathSyntax.join(next, linked.rest.joined(separator: "/"))
            case .failure(let outside): return .outside(outside.text)
            }
            if PathSyntax.escapesRoot(current) { return .outside(current) }
        }
        return .loop
    }

    /// The repository path the link at `index` (found at `path`) names, or its text when that
    /// leaves the repository.
    private func linkTarget(_ index: Int, at path: String) -> Result<String, LinkOutside> {
        guard let bytes = try? repository.readBlob(entries[index].oid) else { return .failure(LinkOutside(text: "(unreadable)")) }
        let text = String(decoding: bytes, as: UTF8.self)
        let folder = PathSyntax.directory(of: path)
        let joined = folder.isEmpty ? text : folder + "/" + text
        guard !text.hasPrefix("/"), !PathSyntax.escapesRoot(joined) else { return .failure(LinkOutside(text: text)) }
        return .success(PathSyntax.normalize(joined))
    }

    /// A link's text that leads out of the repository.
    struct LinkOutside: Error {
        var text: String
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

    /// Every tracked path of the index but submodules, for the facts of the commit's repository.
    var trackedPaths: [String] { entries.filter { $0.mode != 0o160000 }.map(\.path) }

    /// The position of `path` among `entries` (binary search in byte order).
    func position(of path: String) -> Int? {
        let index = lowerBound(path)
        return index < entries.count && entries[index].path == path ? index : nil
    }

    /// The first position whose path is not byte-wise before `path`.
    func lowerBound(_ path: String) -> Int {
        SortedSearch.first(in: entries.indices) { Self.precedes(entries[$0].path, path) }
    }

    static func isRegularFile(_ mode: UInt32) -> Bool { mode == 0o100644 || mode == 0o100755 }

    /// Git's mode of a symbolic link.
    static let linkMode: UInt32 = 0o120000

    /// Git's index order: plain byte order of the UTF-8 paths.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        // memcmp on the strings' own bytes: the generic UTF-8 view comparison, run over the
        // 10,000 paths of an index to check its order, was a tenth of a hook run with nothing to lint.
        var lhs = lhs, rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                let common = min(left.count, right.count)
                let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
                return order != 0 ? order < 0 : left.count < right.count
            }
        }
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
