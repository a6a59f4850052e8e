import Foundation

/// Writes a file under a root folder atomically (temp file + rename in the same folder),
/// creating folders as needed and refusing any symbolic link on the way.
enum AtomicFileWriter {
    static func write(_ bytes: [UInt8], to relative: String, under root: String) throws {
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
        let temporary = folder + "/.\(components.last!).rulesmith-\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw RulesmithError("\(temporary): cannot write")
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw RulesmithError("\(target): cannot write (\(reason))")
        }
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
