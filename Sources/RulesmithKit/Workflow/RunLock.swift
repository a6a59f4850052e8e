import RulesmithText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A lock so two rulesmith runs never work on one repository (or one cache clone) at once: a
/// file holding the owner's pid, held with `flock`. The kernel drops the flock when its owner dies,
/// so a killed run's file is stale and taken over, and two runs racing for a stale file cannot
/// both win (checking a pid and then deleting the file could let both through). A file whose pid
/// is alive but that nobody flocks (written by hand, or by an older rulesmith) still counts as held.
final class RunLock {
    let path: String
    private let descriptor: Int32
    private var held = true

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Takes the lock at `path`, waiting up to `wait` seconds for a live owner to finish; then
    /// fails with exit 2 naming the owner.
    static func acquire(at path: String, wait: Double = 0) throws(RulesmithError) -> RunLock {
        try FileSystem.createDirectory(PathSyntax.directory(of: path))
        var waited = 0.0
        var delay: UInt32 = 2_000
        while true {
            switch try attempt(path) {
            case .acquired(let lock):
                return lock
            case .retry:
                continue
            case .held(let owner):
                guard waited < wait else {
                    throw RulesmithError(
                        "\(path): another rulesmith (pid \(owner.map(String.init) ?? "unknown")) is updating this repository; "
                            + "wait for it to finish, or delete the file if no rulesmith is running")
                }
                usleep(delay)
                waited += Double(delay) / 1_000_000
                delay = min(delay * 2, 100_000)
            }
        }
    }

    private enum Attempt {
        case acquired(RunLock)
        case held(owner: Int32?)
        /// The file was released and removed between opening and locking it: try the new one.
        case retry
    }

    private static func attempt(_ path: String) throws(RulesmithError) -> Attempt {
        // O_NOFOLLOW: a link planted at the lock's path must not make rulesmith create, lock or
        // (on release) delete a file somewhere else.
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP {
                throw RulesmithError("\(path): the run lock is a symbolic link; remove it (rulesmith never follows it)")
            }
            throw RulesmithError("\(path): cannot create the run lock: \(String(cString: strerror(code)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            defer { close(descriptor) }
            guard code == EWOULDBLOCK || code == EINTR else {
                throw RulesmithError("\(path): cannot take the run lock: \(String(cString: strerror(code)))")
            }
            // The owner writes its pid right after locking; give it a moment.
            for _ in 0..<50 {
                if let owner = owner(descriptor) { return .held(owner: owner) }
                usleep(1_000)
            }
            return .held(owner: nil)
        }
        var opened = stat()
        var current = stat()
        guard fstat(descriptor, &opened) == 0, stat(path, &current) == 0, opened.st_ino == current.st_ino,
              opened.st_dev == current.st_dev
        else {
            close(descriptor)
            return .retry
        }
        if let owner = owner(descriptor), kill(owner, 0) == 0 || errno == EPERM {
            close(descriptor)
            return .held(owner: owner)
        }
        let text = Array("\(getpid())\n".utf8)
        guard ftruncate(descriptor, 0) == 0,
              text.withUnsafeBufferPointer({ pwrite(descriptor, $0.baseAddress!, $0.count, 0) }) == text.count
        else {
            let code = errno
            close(descriptor)
            throw RulesmithError("\(path): cannot write the run lock: \(String(cString: strerror(code)))")
        }
        return .acquired(RunLock(path: path, descriptor: descriptor))
    }

    /// The pid in the lock file, when it holds one.
    private static func owner(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBufferPointer { pread(descriptor, $0.baseAddress!, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[..<count], as: UTF8.self).filter { !$0.isWhitespace }
        return Int32(text).flatMap { $0 > 0 ? $0 : nil }
    }

    /// Removes the file, then drops the flock (in that order, so a waiting run that locked the
    /// removed file notices and retries on a fresh one).
    func release() {
        guard held else { return }
        held = false
        unlink(path)
        close(descriptor)
    }
}
