import Foundation

/// A real folder tree in the temporary directory, removed on `remove()`.
struct TemporaryTree {
    let root: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-scan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        // Readable by others, so a test may scan it with a non-root file-system uid.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: base.path)
        root = base.path
    }

    /// Writes `text` at the relative `path`, creating folders.
    func write(_ path: String, _ text: String = "# Rules\n") throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func makeFolder(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: root + "/" + path, withIntermediateDirectories: true)
    }

    /// A symlink at `path` whose target text is `target` (relative or absolute).
    func link(_ path: String, to target: String) throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    func setPermissions(_ path: String, _ mode: Int) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: root + "/" + path)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
