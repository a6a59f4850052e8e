// Interim discovery until the workspace scanner lands (replaced by Workspace/WorkspaceScanner.swift).

/// A known file found under a folder.
public struct DiscoveredFile: Sendable, Hashable {
    public var path: String
    public var absolutePath: String
    public var kind: FileKind
}

/// Finds every known rules file and llms.txt under a folder.
public struct WorkspaceScanner: Sendable {
    let root: String
    let ignoreGlobs: [String]

    public init(root: String, ignoreGlobs: [String] = [], honourGitIgnore: Bool = true) {
        self.root = root
        self.ignoreGlobs = ignoreGlobs
    }

    public func discover() throws -> [DiscoveredFile] {
        var found: [DiscoveredFile] = []
        var stack = [""]
        while let relative = stack.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileSystem.contents(of: folder) else { continue }
            for name in names where name != ".git" && name != "node_modules" && !name.hasPrefix(".build") {
                let path = relative.isEmpty ? name : relative + "/" + name
                let absolute = root + "/" + path
                switch FileSystem.type(of: absolute, followLinks: false) {
                case .directory: stack.append(path)
                case .file:
                    if let kind = FileKind.classify(path) { found.append(DiscoveredFile(path: path, absolutePath: absolute, kind: kind)) }
                default: break
                }
            }
        }
        return found.sorted { $0.path < $1.path }
    }
}

/// A workspace on disk, for link and import checks.
public final class FileSystemWorkspace: WorkspaceReader {
    let root: String

    public init(root: String) {
        self.root = root
    }

    public var homeDirectory: String? { nil }

    public func entry(at path: String) -> WorkspaceEntry {
        if PathSyntax.escapesRoot(path) { return .outside }
        switch FileSystem.type(of: root + "/" + PathSyntax.normalize(path)) {
        case .file: return .file
        case .directory: return .directory
        default: return .missing
        }
    }

    public func read(_ path: String) -> [UInt8]? {
        try? FileSystem.read(root + "/" + PathSyntax.normalize(path))
    }
}
