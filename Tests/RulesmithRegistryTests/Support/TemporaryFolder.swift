import Foundation

/// A fresh folder under the system temp directory, removed when the value is released.
final class TemporaryFolder {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-registry-tests")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// `relative` under the folder.
    func file(_ relative: String) -> String { path + "/" + relative }

    /// Writes every file of `tree` (relative path → text) under `relative`; returns that folder.
    @discardableResult
    func write(_ tree: [String: String], under relative: String) throws -> String {
        try write(tree.mapValues { Array($0.utf8) }, under: relative)
    }

    @discardableResult
    func write(_ tree: [String: [UInt8]], under relative: String) throws -> String {
        let root = file(relative)
        for (path, bytes) in tree {
            let target = root + "/" + path
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: target, contents: Data(bytes)) else {
                throw CocoaError(.fileWriteUnknown)
            }
        }
        return root
    }

    /// Every regular file under `relative` (relative path → bytes).
    func read(under relative: String) throws -> [String: [UInt8]] {
        let root = file(relative)
        var files: [String: [UInt8]] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root) else { return files }
        while let name = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[name] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: root + "/" + name))) }
        }
        return files
    }
}
