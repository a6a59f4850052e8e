#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A repository-level lock so two `init`/`apply`/`adopt` runs never interleave: a file created
/// with O_EXCL holding the owner's pid. A lock whose pid is gone (a killed run) is stale and taken over.
final class RunLock {
    let path: String
    private var held = true

    private init(path: String) {
        self.path = path
    }

    deinit { release() }

    /// Takes the lock at `path`, or fails with exit 2 naming the running owner.
    static func acquire(at path: String) throws(RulesmithError) -> RunLock {
        try FileSystem.createDirectory(PathSyntax.directory(of: path))
        for _ in 0..<2 {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 {
                let text = Array("\(getpid())\n".utf8)
                _ = text.withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress!, $0.count) }
                close(descriptor)
                return RunLock(path: path)
            }
            guard errno == EEXIST else {
                throw RulesmithError("\(path): cannot create the run lock: \(String(cString: strerror(errno)))")
            }
            let owner = (try? FileSystem.read(path)).flatMap { Int32(String(String(decoding: $0, as: UTF8.self).trimmingWhitespace)) }
            if let owner, owner > 0, kill(owner, 0) == 0 || errno == EPERM {
                throw RulesmithError(
                    "\(path): another rulesmith (pid \(owner)) is updating this repository; wait for it to finish, "
                        + "or delete the file if no rulesmith is running")
            }
            // The owner is gone: a killed run left the lock behind.
            unlink(path)
        }
        throw RulesmithError("\(path): cannot take the run lock (another run keeps taking it)")
    }

    func release() {
        guard held else { return }
        held = false
        unlink(path)
    }
}
