import RulesmithLint
import RulesmithText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real workspace on disk, seen through repository-relative paths: links leaving the root
/// read as `.outside`, and nothing outside the root is read except `~/` paths made absolute.
public final class FileSystemWorkspace: WorkspaceReader {
    /// Files larger than this are not read for link and import checks.
    public static let maximumReadBytes = 64 << 20

    /// The canonical root (symlinks resolved).
    public let root: String
    public let homeDirectory: String?

    public init(root: String, homeDirectory: String? = FileSystemWorkspace.environmentHome()) {
        self.root = FileSystem.realPath(root) ?? root
        self.homeDirectory = homeDirectory
    }

    /// `$HOME`, when set.
    public static func environmentHome() -> String? {
        guard let value = getenv("HOME") else { return nil }
        let home = String(cString: value)
        return home.isEmpty ? nil : home
    }

    public func entry(at path: String) -> WorkspaceEntry {
        let absolute = path.hasPrefix("/") ? path : root + "/" + PathSyntax.normalize(path)
        if !path.hasPrefix("/"), PathSyntax.escapesRoot(path) { return .outside }
        guard let real = FileSystem.realPath(absolute) else { return .missing }
        if !path.hasPrefix("/"), !FileSystem.isInside(real, root: root) { return .outside }
        switch FileSystem.entry(real, followLinks: true).0 {
        case .file: return .file
        case .directory: return .directory
        default: return .missing
        }
    }

    public func read(_ path: String) -> [UInt8]? {
        guard entry(at: path) == .file else { return nil }
        let absolute = path.hasPrefix("/") ? path : root + "/" + PathSyntax.normalize(path)
        return FileSystem.read(absolute, limit: Self.maximumReadBytes)
    }
}
