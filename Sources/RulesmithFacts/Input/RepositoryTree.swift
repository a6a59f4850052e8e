/// The tracked file list indexed by folder, built once in one pass so every lookup the engine
/// makes is a dictionary access (a 50,000-file repository stays fast).
public struct RepositoryTree: Sendable {
    /// Repository-relative file paths, '/'-separated, as given.
    public let files: [String]
    /// Folder (`` for the root) → the names of the files directly in it.
    private let namesByFolder: [String: [String]]
    /// Folder → its sub-folder names (only folders that hold files somewhere below).
    private let childrenByFolder: [String: Set<String>]

    public init(files: [String]) {
        self.files = files
        var names: [String: [String]] = [:]
        var children: [String: Set<String>] = [:]
        for path in files {
            let folder = Paths.folder(of: path)
            names[folder, default: []].append(Paths.name(of: path))
            var child = folder
            while !child.isEmpty {
                let parent = Paths.folder(of: child)
                let (inserted, _) = children[parent, default: []].insert(Paths.name(of: child))
                if !inserted { break }
                child = parent
            }
        }
        namesByFolder = names
        childrenByFolder = children
    }

    /// Every folder that holds a file directly, the root included (``).
    public var folders: [String] { Array(namesByFolder.keys) }

    /// Every folder that holds a file at any depth, the root included.
    public var allFolders: [String] { Array(Set(namesByFolder.keys).union(childrenByFolder.keys)) }

    /// The names of the files directly in `folder`.
    public func names(in folder: String) -> [String] { namesByFolder[folder] ?? [] }

    /// Whether `folder` directly holds a file called `name`.
    public func contains(_ name: String, in folder: String) -> Bool { names(in: folder).contains(name) }

    /// Whether the repository holds `path`.
    public func contains(path: String) -> Bool { contains(Paths.name(of: path), in: Paths.folder(of: path)) }

    /// The sub-folder names of `folder`.
    public func subfolders(of folder: String) -> Set<String> { childrenByFolder[folder] ?? [] }
}

/// Path helpers for repository-relative, '/'-separated paths; the root folder is ``.
public enum Paths {
    // The UTF-8 view: a '/' byte never occurs inside a multi-byte character, and it is much
    // cheaper than walking Characters on a 50,000-path list.
    public static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path.utf8[..<slash])!
    }

    public static func name(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path.utf8[path.utf8.index(after: slash)...])!
    }

    public static func join(_ folder: String, _ name: String) -> String { folder.isEmpty ? name : folder + "/" + name }

    /// `.` for the root, else the folder itself (how facts name project folders).
    public static func display(_ folder: String) -> String { folder.isEmpty ? "." : folder }

    /// Whether `path` is `folder` or below it.
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        folder.isEmpty || path == folder || path.hasPrefix(folder + "/")
    }

    /// `folder` and every folder above it, nearest first, ending with the root ``.
    public static func ancestry(of folder: String) -> [String] {
        var result = [folder]
        var current = folder
        while !current.isEmpty {
            current = self.folder(of: current)
            result.append(current)
        }
        return result
    }

    /// Normalises `a/./b/../c` and strips leading `./`; nil when it climbs above the root.
    public static func normalize(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
