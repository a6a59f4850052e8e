import RulesmithText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// POSIX file access with errors that name the path and the cause in one line.
public enum FileSystem {
    /// What is at a path, without following a final symlink when `followLinks` is false.
    public enum EntryType: Sendable, Equatable {
        case file, directory, symlink, other, missing
    }

    public static func type(of path: String, followLinks: Bool = true) -> EntryType {
        var info = stat()
        let result = followLinks ? stat(path, &info) : lstat(path, &info)
        guard result == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// Device and inode, to recognise a folder reached twice (symlink loops).
    public struct Identity: Hashable, Sendable {
        public var device: UInt64
        public var inode: UInt64
    }

    /// What is at `path` and its identity, following a final symlink only when asked.
    public static func entry(_ path: String, followLinks: Bool) -> (type: EntryType, identity: Identity?) {
        var info = stat()
        let status = followLinks ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else { return (.missing, nil) }
        let identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        switch info.st_mode & S_IFMT {
        case S_IFREG: return (.file, identity)
        case S_IFDIR: return (.directory, identity)
        case S_IFLNK: return (.symlink, identity)
        default: return (.other, identity)
        }
    }

    /// The names in a folder (no `.`/`..`, unsorted), or nil when it cannot be opened.
    public static func names(in directory: String) -> [String]? {
        guard let handle = opendir(directory) else { return nil }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The names in a folder (no `.`/`..`, unsorted), each with whether the folder listing says it
    /// is a regular file (so a walk need not `lstat` it), or nil when the folder cannot be opened.
    /// A false flag only means "not known to be a regular file": the caller looks.
    public static func namesMarkingFiles(in directory: String) -> [(name: String, isRegularFile: Bool)]? {
        guard let handle = opendir(directory) else { return nil }
        defer { closedir(handle) }
        var names: [(name: String, isRegularFile: Bool)] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append((name, entry.pointee.d_type == UInt8(DT_REG))) }
        }
        return names
    }

    /// The bytes of a regular file of at most `limit` bytes, or nil (missing, unreadable, larger).
    public static func read(_ path: String, limit: Int) -> [UInt8]? {
        guard let size = size(of: path), size <= limit else { return nil }
        return try? read(path)
    }

    /// Whether the canonical `path` is `root` or lies inside it.
    public static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    public static func exists(_ path: String) -> Bool { type(of: path, followLinks: false) != .missing }
    public static func isDirectory(_ path: String) -> Bool { type(of: path) == .directory }

    /// Size in bytes of the file at `path`, or nil.
    public static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// The whole file. Errors: missing, a directory, unreadable, a symlink loop, not a regular file
    /// (a FIFO, a device, a socket), and with `followLinks` false a symbolic link.
    public static func read(_ path: String, followLinks: Bool = true) throws(RulesmithError) -> [UInt8] {
        switch try read(path, maximumBytes: Int.max - 1, followLinks: followLinks) {
        case .complete(let bytes): return bytes
        case .tooLarge(let size): throw RulesmithError("\(path): cannot read: \(size) bytes is more than this machine addresses")
        }
    }

    /// What a read bounded by a size limit found.
    public enum BoundedRead: Sendable, Equatable {
        case complete([UInt8])
        /// More than the limit: the size the file reported, or the bytes read before stopping.
        case tooLarge(size: Int)
    }

    /// The whole file when it holds at most `maximumBytes`. Errors as `read(_:followLinks:)`.
    ///
    /// Every file rulesmith reads from a path goes through here, and none of them may hang or have
    /// an effect by being opened: anything but a regular file is refused before it is opened, and
    /// the open is non-blocking (a FIFO swapped in after that look opens at once, with no writer)
    /// and cannot take a controlling terminal; what decides is `fstat` on the opened descriptor,
    /// so the file checked is the file read. The size is checked on that descriptor before
    /// anything is allocated (a sparse 1 GB file is refused at once), and the read itself stops one
    /// byte past the limit (a file that grows meanwhile is refused too).
    public static func read(_ path: String, maximumBytes: Int, followLinks: Bool = true) throws(RulesmithError) -> BoundedRead {
        var before = stat()
        if (followLinks ? stat(path, &before) : lstat(path, &before)) == 0 {
            try requireRegular(before.st_mode, path)
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (followLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else {
            if !followLinks && errno == ELOOP { throw RulesmithError("\(path): a symbolic link; refusing to follow it") }
            throw error(errno, path, "cannot read")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw error(errno, path, "cannot read") }
        try requireRegular(info.st_mode, path)
        let size = Int(info.st_size)
        if size > maximumBytes { return .tooLarge(size: size) }
        // Read straight into uninitialised storage one byte larger than the file, so that the read
        // meeting the end returns 0 without the array being zeroed, grown or copied first.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, filled in
            filled = 0
            HugePages.advise(buffer)
            failure = fill(buffer, &filled, from: descriptor)
        }
        if failure != 0 { throw error(failure, path, "cannot read") }
        guard bytes.count > size else { return .complete(bytes) }
        // The file grew since fstat: read the rest in chunks, up to one byte past the limit.
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBufferPointer { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw error(errno, path, "cannot read")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maximumBytes { return .tooLarge(size: bytes.count) }
        }
        return .complete(bytes)
    }

    /// Throws unless `mode` is a regular file's, naming what the path is instead.
    private static func requireRegular(_ mode: mode_t, _ path: String) throws(RulesmithError) {
        switch mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw RulesmithError("\(path): is a directory, not a file")
        case S_IFIFO: throw RulesmithError("\(path): a named pipe (FIFO), not a regular file; refusing to read it")
        case S_IFCHR: throw RulesmithError("\(path): a character device, not a regular file; refusing to read it")
        case S_IFBLK: throw RulesmithError("\(path): a block device, not a regular file; refusing to read it")
        case S_IFSOCK: throw RulesmithError("\(path): a socket, not a regular file; refusing to read it")
        case S_IFLNK: throw RulesmithError("\(path): a symbolic link; refusing to follow it")
        default: throw RulesmithError("\(path): not a regular file; refusing to read it")
        }
    }

    /// Standard input to its end when it holds at most `maximumBytes`; the read stops one byte
    /// past the limit (`lint - < /dev/zero` ends there), and a redirected file larger than the
    /// limit is refused before anything is read.
    public static func readStandardInput(maximumBytes: Int) throws(RulesmithError) -> BoundedRead {
        var info = stat()
        if fstat(0, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
            let remaining = Int(info.st_size) - Int(lseek(0, 0, SEEK_CUR))
            if remaining > maximumBytes { return .tooLarge(size: remaining) }
        }
        // Address space for the whole limit is reserved once; the kernel backs only the pages
        // the input fills, so a small input costs little and a large one is never copied to grow.
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: maximumBytes + 1) { buffer, filled in
            filled = 0
            failure = fill(buffer, &filled, from: 0)
        }
        if failure != 0 { throw error(failure, "<stdin>", "cannot read") }
        return bytes.count > maximumBytes ? .tooLarge(size: bytes.count) : .complete(bytes)
    }

    /// Reads from `descriptor` until `buffer` is full or the input ends; returns an errno or 0.
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, _ filled: inout Int, from descriptor: Int32) -> Int32 {
        while filled < buffer.count {
            let count = Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if count == 0 { return 0 }
            filled += count
        }
        return 0
    }

    /// The canonical absolute path (symlinks resolved), or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public static var currentDirectory: String {
        guard let buffer = getcwd(nil, 0) else { return "." }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// `path` made absolute against the working directory (not resolved), normalised.
    public static func absolute(_ path: String, from base: String = currentDirectory) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        return "/" + PathSyntax.normalize(joined)
    }

    /// `path` relative to `base` when inside it, else `path` unchanged.
    public static func relative(_ path: String, to base: String) -> String {
        let normalizedBase = base.hasSuffix("/") ? String(base.dropLast()) : base
        if path == normalizedBase { return "." }
        if normalizedBase == "/" { return String(path.dropFirst()) }
        if path.hasPrefix(normalizedBase + "/") { return String(path.dropFirst(normalizedBase.count + 1)) }
        return path
    }

    /// Creates a folder and its parents.
    public static func createDirectory(_ path: String) throws(RulesmithError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0, errno != EEXIST {
                throw error(errno, current, "cannot create folder")
            }
        }
    }

    /// Names in a folder (no `.`/`..`), or an error naming it.
    public static func contents(of directory: String) throws(RulesmithError) -> [String] {
        guard let names = names(in: directory) else { throw error(errno, directory, "cannot list") }
        return names.sorted()
    }

    static func error(_ code: Int32, _ path: String, _ action: String) -> RulesmithError {
        let reason: String
        switch code {
        case ENOENT: reason = "no such file or folder"
        case EACCES, EPERM: reason = "permission denied"
        case ELOOP: reason = "too many levels of symbolic links (a symlink loop?)"
        case EISDIR: reason = "is a directory, not a file"
        case ENOTDIR: reason = "a parent of it is not a folder"
        case ENOSPC: reason = "no space left on the device"
        case EROFS: reason = "read-only file system"
        default: reason = String(cString: strerror(code))
        }
        return RulesmithFailure.io(path: path, cause: "\(action): \(reason)")
    }
}
