/// The file-system reads and writes a command's planning step makes, behind a protocol so Kit's
/// tests can plan against an in-memory tree; `RealFileSystem` is what every command uses.
protocol FileSystemAccess: Sendable {
    /// Whether anything (a file, a folder, a link) is at `path`.
    func exists(_ path: String) -> Bool
    /// The bytes of the file at `path`.
    func read(_ path: String) throws(RulesmithFailure) -> [UInt8]
    /// Writes `bytes` atomically to `path`, which must stay inside `root`.
    func write(_ bytes: [UInt8], to path: String, root: String) throws(RulesmithFailure)
}

/// The real file system: `FileSystem` to read, `AtomicFile` to write.
struct RealFileSystem: FileSystemAccess {
    func exists(_ path: String) -> Bool { FileSystem.exists(path) }

    func read(_ path: String) throws(RulesmithFailure) -> [UInt8] { try FileSystem.read(path) }

    func write(_ bytes: [UInt8], to path: String, root: String) throws(RulesmithFailure) {
        try AtomicFile.write(bytes, to: path, scope: .inside(root))
    }
}
