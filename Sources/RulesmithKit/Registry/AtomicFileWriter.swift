import Foundation

/// Writes a file under a root folder atomically (through `AtomicFile`), creating folders as
/// needed and refusing any symbolic link on the way.
enum AtomicFileWriter {
    static func write(_ bytes: [UInt8], to relative: String, under root: String) throws {
        try AtomicFile.write(bytes, to: try prepare(relative, under: root))
    }

    /// Moves the file at `source` (on the same file system) to `relative` under `root`, with the
    /// same checks as `write`.
    static func move(_ source: String, to relative: String, under root: String) throws {
        let target = try prepare(relative, under: root)
        guard rename(source, target) == 0 else {
            throw RulesmithError("\(target): cannot write (\(String(cString: strerror(errno))))")
        }
    }

    /// The absolute target of `relative` under `root`, its folders created; refuses `..`, absolute
    /// paths, symbolic links on the way and a target that is not a regular file.
    @discardableResult
    static func prepare(_ relative: String, under root: String) throws -> String {
        let components = relative.split(separator: "/").map(String.init)
        guard !components.isEmpty, !components.contains(".."), !relative.hasPrefix("/") else {
            throw RulesmithError("\(relative): refusing to write outside \(root)")
        }
        var folder = root
        try ensureFolder(folder)
        for component in components.dropLast() {
            folder += "/" + component
            try ensureFolder(folder)
        }
        let target = folder + "/" + components.last!
        var status = stat()
        if lstat(target, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw RulesmithError("\(target): exists and is not a regular file; refusing to replace it")
        }
        return target
    }

    private static func ensureFolder(_ path: String) throws {
        var status = stat()
        if lstat(path, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFLNK { throw RulesmithError("\(path): symbolic link; refusing to write through it") }
            guard status.st_mode & S_IFMT == S_IFDIR else { throw RulesmithError("\(path): exists and is not a folder") }
            return
        }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw RulesmithError("\(path): cannot create the folder (\(String(cString: strerror(errno))))")
        }
    }
}
