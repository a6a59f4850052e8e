import Foundation
import RulesmithTemplates

/// Reads a template folder from disk into a `TemplateTree` without following symbolic links:
/// a link anywhere in the part read is refused, as is anything that is not a file or folder.
public enum TemplateDirectoryReader {
    /// The largest template file read (a rule stays far below; this stops runaway files).
    public static let maximumFileSize = 1 << 20

    /// Reads `root`: only `Templates/` and `Registry/` of a template repository, only `rules/`
    /// of an awesome-cursorrules checkout, otherwise the whole folder; dot-folders are skipped.
    public static func read(_ root: String) throws -> TemplateTree {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RulesmithError("\(root): no such folder")
        }
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        let rootName = rootURL.lastPathComponent
        var files: [String: [UInt8]] = [:]
        var executables = Set<String>()
        for start in try startingPoints(rootURL.path) {
            try walk(rootURL.path, relative: start, into: &files, executables: &executables)
        }
        return TemplateTree(rootName: rootName, files: files, executables: executables)
    }

    private static func startingPoints(_ root: String) throws -> [String] {
        let manager = FileManager.default
        func isFolder(_ name: String) -> Bool {
            var isDirectory: ObjCBool = false
            return manager.fileExists(atPath: root + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
                && (try? manager.destinationOfSymbolicLink(atPath: root + "/" + name)) == nil
        }
        if isFolder(TemplateLayout.templatesFolder) {
            return [TemplateLayout.templatesFolder] + (isFolder(TemplateLayout.registryFolder) ? [TemplateLayout.registryFolder] : [])
        }
        let names = (try? manager.contentsOfDirectory(atPath: root)) ?? []
        let ownRules = names.contains { $0 == "stack.yml" || $0 == ".cursorrules" || $0.hasSuffix(".mdc") }
        if !ownRules, isFolder("rules") { return ["rules"] }
        return [""]
    }

    private static func walk(
        _ root: String, relative: String, into files: inout [String: [UInt8]], executables: inout Set<String>
    ) throws {
        let folder = relative.isEmpty ? root : root + "/" + relative
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw RulesmithError("\(folder): cannot list the folder (\(error.localizedDescription))")
        }
        for name in names {
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = root + "/" + path
            var status = stat()
            guard lstat(full, &status) == 0 else { throw RulesmithError("\(full): cannot read (\(String(cString: strerror(errno))))") }
            switch status.st_mode & S_IFMT {
            case S_IFLNK:
                throw RulesmithError("\(full): symbolic link; template folders may not contain links")
            case S_IFDIR:
                if name.hasPrefix(".") { continue }
                try walk(root, relative: path, into: &files, executables: &executables)
            case S_IFREG:
                if name.hasPrefix("."), name != ".cursorrules" { continue }
                guard Int(status.st_size) <= maximumFileSize else {
                    throw RulesmithError("\(full): \(status.st_size) bytes, larger than a template may be (1 MiB)")
                }
                // Read without following links, so a link or FIFO swapped in since lstat is refused too.
                files[path] = try FileSystem.read(full, followLinks: false)
                if status.st_mode & S_IXUSR != 0 { executables.insert(path) }
            default:
                throw RulesmithError("\(full): not a regular file or folder")
            }
        }
    }
}
