import RulesmithText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an atomic write may land. Every caller says which; only a place the user named outside
/// any repository goes unchecked.
public enum WriteScope: Sendable, Equatable {
    /// Inside this folder (a repository's work tree, a state or cache folder): the target, after
    /// resolving symbolic links, must stay in it.
    case inside(String)
    /// A place outside any repository that the user or the environment chose (`llms ctx -o`,
    /// `llms generate -o`, a git hook, the sync memo in the cache): no containment check.
    case outsideRepository
}

/// The one atomic writer: readers see the old or the new content, never a torn one (a temp file
/// in the same folder, flushed to disk, then renamed over the target). Inside a `WriteScope.inside`
/// root it refuses a symbolic link that leads out; `write(_:creating:under:)` (registry export)
/// refuses any link on the way.
public enum AtomicFile {
    /// Prefix of temp files, so a later run can find and remove leftovers of a killed one.
    public static let temporaryPrefix = ".rulesmith-tmp-"

    /// Writes `bytes` to `path`, keeping the mode of an existing file; `executable` (a skill's
    /// script) sets or clears the executable bits where the file is readable.
    public static func write(_ bytes: [UInt8], to path: String, scope: WriteScope, executable: Bool? = nil) throws(RulesmithError) {
        var root: String?
        if case .inside(let folder) = scope { root = folder }
        var target = path
        if FileSystem.type(of: path, followLinks: false) == .symlink {
            guard let resolved = FileSystem.realPath(path) else {
                throw RulesmithError("\(path): is a dangling symbolic link; refusing to write through it")
            }
            target = resolved
        }
        if let root {
            let resolvedRoot = FileSystem.realPath(root) ?? root
            let directory = PathSyntax.directory(of: FileSystem.absolute(target))
            let resolvedDirectory = FileSystem.realPath(directory.isEmpty ? "/" : directory) ?? directory
            guard resolvedDirectory == resolvedRoot || resolvedDirectory.hasPrefix(resolvedRoot + "/") else {
                throw RulesmithError("\(path): resolves outside the repository (\(resolvedDirectory)); refusing to write")
            }
        }
        if let failure = getenv("RULESMITH_SIMULATE_WRITE_FAILURE"), String(cString: failure) == "ENOSPC" {
            throw FileSystem.error(ENOSPC, path, "cannot write")
        }
        let directory = PathSyntax.directory(of: target)
        let folder = directory.isEmpty ? (target.hasPrefix("/") ? "/" : ".") : directory
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let temporary = folder + "/" + temporaryPrefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))-" + name
        var mode: mode_t = 0o644
        var info = stat()
        if stat(target, &info) == 0 { mode = info.st_mode & 0o7777 }
        if let executable { mode = executable ? mode | ((mode & 0o444) >> 2) : mode & ~0o111 }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw FileSystem.error(errno, target, "cannot write") }
        var succeeded = false
        defer {
            if !succeeded { unlink(temporary) }
        }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                throw FileSystem.error(code, target, "cannot write")
            }
            offset += written
        }
        if fsync(descriptor) != 0 {
            let code = errno
            close(descriptor)
            throw FileSystem.error(code, target, "cannot write")
        }
        fchmod(descriptor, mode)
        close(descriptor)
        guard rename(temporary, target) == 0 else { throw FileSystem.error(errno, target, "cannot replace") }
        succeeded = true
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Writes `bytes` at `relative` under `root`, creating folders; refuses `..`, an absolute path,
    /// any symbolic link on the way and a target that is not a regular file (registry export,
    /// where the destination is a folder the user named).
    public static func write(
        _ bytes: [UInt8], creating relative: String, under root: String, executable: Bool? = nil
    ) throws(RulesmithError) {
        let target = try prepare(relative, under: root)
        try write(bytes, to: target, scope: .inside(root), executable: executable)
    }

    /// Moves the file at `source` (on the same file system) to `relative` under `root`, with the
    /// checks of `write(_:creating:under:)`.
    public static func move(_ source: String, to relative: String, under root: String) throws(RulesmithError) {
        let target = try prepare(relative, under: root)
        guard rename(source, target) == 0 else { throw FileSystem.error(errno, target, "cannot write") }
    }

    /// The absolute target of `relative` under `root`, its folders created; refuses `..`, absolute
    /// paths, symbolic links on the way and a target that is not a regular file.
    @discardableResult
    public static func prepare(_ relative: String, under root: String) throws(RulesmithError) -> String {
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

    private static func ensureFolder(_ path: String) throws(RulesmithError) {
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

    /// Removes temp files a killed run left in `folder`.
    public static func removeLeftovers(in folder: String) {
        guard let names = try? FileSystem.contents(of: folder) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) {
            unlink(folder + "/" + name)
        }
    }
}
