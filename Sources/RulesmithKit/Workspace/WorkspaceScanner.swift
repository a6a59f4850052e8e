import RulesmithEditors
import RulesmithText


/// Finds every rules file and llms.txt under a root: honours `.gitignore` files (nested ones
/// scoped to their folder), `.git/info/exclude` and the config's ignore globs; never follows a
/// symlink out of the root; survives symlink loops and unreadable folders.
public struct WorkspaceScanner: Sendable {
    /// Folders never entered: version-control data and dependency or build trees.
    public static let defaultSkippedFolders: Set<String> = [
        ".git", ".hg", ".svn", "node_modules", ".build", ".swiftpm", "DerivedData", "Pods", ".venv", "__pycache__",
    ]
    /// Bounds a hostile tree (links fanning out inside the root).
    static let maximumFolders = 200_000

    public let root: String
    public let ignoreGlobs: [String]
    public let honourGitIgnore: Bool

    public init(root: String, ignoreGlobs: [String] = [], honourGitIgnore: Bool = true) {
        self.root = root
        self.ignoreGlobs = ignoreGlobs
        self.honourGitIgnore = honourGitIgnore
    }

    /// Every known rules file and llms.txt under root, sorted by path. Skips `.git`, and folders
    /// like node_modules/.build only through .gitignore or the defaults list; never follows a
    /// symlink out of root; survives symlink loops, unreadable folders (skip and remember them).
    public func discover() throws -> [DiscoveredFile] {
        try scan().files
    }

    /// The files found, plus the folders and links that were left out; with `allFiles`, also
    /// every file `allFiles()` would list, from the same walk.
    public func scan(allFiles collectAll: Bool = false) throws -> WorkspaceScan {
        var files: [DiscoveredFile] = []
        var all: [String] = []
        let (unreadable, skippedLinks) = try walk(filter: { collectAll || FileKind.classify($0) != nil }) { relative, absolute, isLink in
            if collectAll { all.append(relative) }
            if let kind = FileKind.classify(relative) {
                files.append(DiscoveredFile(path: relative, absolutePath: absolute, kind: kind, isLink: isLink))
            }
        }
        files.sort { $0.path < $1.path }
        return WorkspaceScan(files: files, unreadableFolders: unreadable, skippedLinks: skippedLinks, allFiles: collectAll ? all.sorted() : nil)
    }

    /// Every file under root that git would not ignore, root-relative and sorted (what the
    /// repository facts read when the folder is not in a git work tree).
    public func allFiles() throws -> [String] {
        var files: [String] = []
        _ = try walk(filter: { _ in true }) { relative, _, _ in files.append(relative) }
        return files.sorted()
    }

    /// Visits every file that passes `filter` and is not ignored, with its relative and absolute
    /// path and whether it is a symbolic link (to a file inside the root); returns the folders that could not be read and the
    /// links that were skipped.
    private func walk(filter: (String) -> Bool, _ visit: (String, String, Bool) -> Void) throws -> (unreadable: [String], skippedLinks: [String]) {
        guard let realRoot = FileSystem.realPath(root), FileSystem.entry(realRoot, followLinks: true).0 == .directory else {
            throw RulesmithError("\(root): not a directory")
        }
        let globs = try IgnoreGlobs.compile(ignoreGlobs)
        var rootIgnores: [GitIgnore] = []
        if honourGitIgnore, let exclude = GitDirectory.infoExclude(root: realRoot) {
            rootIgnores.append(GitIgnore(exclude, base: ""))
        }
        var unreadable: [String] = []
        var skippedLinks: [String] = []
        var stack = [Frame(absolute: realRoot, relative: "", ignores: rootIgnores, ancestors: [FileSystem.entry(realRoot, followLinks: true).1].compactMap { $0 })]
        var folders = 0
        while let frame = stack.popLast(), folders < Self.maximumFolders {
            folders += 1
            guard let listed = FileSystem.namesMarkingFiles(in: frame.absolute) else {
                unreadable.append(frame.relative.isEmpty ? "." : frame.relative)
                continue
            }
            var ignores = frame.ignores
            // A .gitignore that is a symlink could lead out of the root; git reads it, we do not.
            if honourGitIgnore, listed.contains(where: { $0.name == ".gitignore" }),
               FileSystem.entry(frame.absolute + "/.gitignore", followLinks: false).0 == .file,
               let bytes = FileSystem.read(frame.absolute + "/.gitignore", limit: 1 << 20) {
                ignores.append(GitIgnore(String(decoding: bytes, as: UTF8.self), base: frame.relative))
            }
            var children: [Frame] = []
            for (name, isRegularFile) in listed.sorted(by: { $0.name < $1.name }) {
                let relative = frame.relative.isEmpty ? name : frame.relative + "/" + name
                let absolute = frame.absolute + "/" + name
                // The listing's word for a regular file spares an lstat per file (most of a
                // monorepo's walk); a file's identity is never needed, only a folder's.
                var (kind, identity): (FileSystem.EntryType, FileSystem.Identity?) =
                    isRegularFile ? (.file, nil) : FileSystem.entry(absolute, followLinks: false)
                let throughLink = kind == .symlink
                if kind == .symlink {
                    guard let target = FileSystem.realPath(absolute), FileSystem.isInside(target, root: realRoot) else {
                        skippedLinks.append(relative)
                        continue
                    }
                    (kind, identity) = FileSystem.entry(target, followLinks: true)
                }
                switch kind {
                case .directory:
                    guard !Self.defaultSkippedFolders.contains(name), let identity, !frame.ancestors.contains(identity),
                          !isIgnored(relative, isDirectory: true, ignores, globs) else { continue }
                    children.append(Frame(absolute: absolute, relative: relative, ignores: ignores, ancestors: frame.ancestors + [identity]))
                case .file:
                    guard filter(relative), !isIgnored(relative, isDirectory: false, ignores, globs) else { continue }
                    visit(relative, absolute, throughLink)
                case .symlink, .other, .missing:
                    continue
                }
            }
            stack.append(contentsOf: children.reversed())
        }
        return (unreadable.sorted(), skippedLinks.sorted())
    }

    private func isIgnored(_ path: String, isDirectory: Bool, _ ignores: [GitIgnore], _ globs: [PathPattern]) -> Bool {
        (honourGitIgnore && GitIgnore.ignores(path, isDirectory: isDirectory, by: ignores)) || globs.matchAny(path)
    }

    private struct Frame {
        var absolute: String
        var relative: String
        var ignores: [GitIgnore]
        /// The folders above this one (by device and inode), to stop at a symlink loop.
        var ancestors: [FileSystem.Identity]
    }
}
