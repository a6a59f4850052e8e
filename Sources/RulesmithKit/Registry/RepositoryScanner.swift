import Foundation
import RulesmithCore

/// Lists a repository's files (a few levels deep) and reads its manifests, for stack detection.
public enum RepositoryScanner {
    /// Folders never listed: version control, dependencies and build output.
    public static let skippedFolders: Set<String> = [
        ".git", "node_modules", ".build", "build", "dist", "target", "vendor", ".venv", "venv", "__pycache__",
        "Pods", ".gradle", ".idea", ".next", ".swiftpm",
    ]

    /// Files (repository-relative) to `depth` folder levels, and the text of every manifest among them.
    public static func scan(_ root: String, depth: Int = 3) throws -> (files: [String], manifests: [String: String]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RulesmithError("\(root): no such folder")
        }
        var files: [String] = []
        var manifests: [String: String] = [:]
        func visit(_ relative: String, level: Int) {
            let folder = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
            for name in names.sorted() {
                let path = relative.isEmpty ? name : relative + "/" + name
                var status = stat()
                guard lstat(root + "/" + path, &status) == 0 else { continue }
                let type = status.st_mode & S_IFMT
                if type == S_IFDIR {
                    if level < depth, !skippedFolders.contains(name) { visit(path, level: level + 1) }
                } else if type == S_IFREG {
                    files.append(path)
                    if ManifestDependencies.manifestNames.contains(name), status.st_size <= 1 << 20,
                       let bytes = try? FileSystem.read(root + "/" + path, followLinks: false) {
                        manifests[path] = String(decoding: bytes, as: UTF8.self)
                    }
                }
            }
        }
        visit("", level: 0)
        return (files, manifests)
    }
}
