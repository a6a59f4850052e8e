import RulesmithText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so readers see the old or the new content, never a torn one: a temp file in the
/// same folder, flushed to disk, then renamed over the target. Refuses to write through a symlink
/// that leaves `root`.
public enum AtomicFile {
    /// Prefix of temp files, so a later run can find and remove leftovers of a killed one.
    public static let temporaryPrefix = ".rulesmith-tmp-"

    /// Writes `bytes` to `path`, keeping the mode of an existing file.
    /// - Parameter root: when set, `path` (after resolving symlinks) must stay inside it.
    public static func write(_ bytes: [UInt8], to path: String, root: String? = nil) throws(RulesmithError) {
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

    /// Removes temp files a killed run left in `folder`.
    public static func removeLeftovers(in folder: String) {
        guard let names = try? FileSystem.contents(of: folder) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) {
            unlink(folder + "/" + name)
        }
    }
}
