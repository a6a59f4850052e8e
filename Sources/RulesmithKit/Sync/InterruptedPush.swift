#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Recovers from a sync killed while pushing to a repository on this machine (a path or
/// `file://` URL). libgit2 then updates the remote's ref itself, through a `<ref>.lock` file; a
/// kill at that moment leaves the lock, and every later push of that branch fails on it. A
/// marker in the cache, written just before the push and removed after it, proves which lock the
/// killed run made: one created after the marker and before this run started. Only that one is
/// removed; any other lock (a live git, a crash of something else) is left for its owner.
struct InterruptedPush {
    let marker: String
    let url: String
    let branch: String

    /// `cache/<key>.pushing`, beside the clone's run lock.
    init(cache: String, key: String, url: String, branch: String) {
        marker = cache + "/" + key + ".pushing"
        self.url = url
        self.branch = branch
    }

    /// Called with the run lock held, before anything else: clears what a killed push left.
    func recover(startedAt start: timespec) {
        guard let markerTime = Self.modified(marker) else { return }
        defer { unlink(marker) }
        guard let gitDirectory = localGitDirectory else { return }
        let lock = gitDirectory + "/refs/heads/" + branch + ".lock"
        guard let lockTime = Self.modified(lock), !Self.earlier(lockTime, than: markerTime), Self.earlier(lockTime, than: start) else {
            return
        }
        unlink(lock)
    }

    /// Called just before the push.
    func begin() {
        // An empty file whose time is all that counts, so creating it is already atomic (a temp
        // file would be one more leftover). Without it, a killed push's lock is only not recognised.
        unlink(marker)
        let descriptor = open(marker, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor >= 0 { close(descriptor) }
    }

    /// Called once the push returned (either way).
    func end() { unlink(marker) }

    /// The remote's git folder when it is a repository on this machine.
    private var localGitDirectory: String? {
        var path = url
        if path.hasPrefix("file://") { path.removeFirst("file://".count) }
        guard path.hasPrefix("/") else { return nil }
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        if FileSystem.isDirectory(path + "/.git") { return path + "/.git" }
        if FileSystem.isDirectory(path + "/refs"), FileSystem.exists(path + "/HEAD") { return path }
        return nil
    }

    static func now() -> timespec {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return time
    }

    private static func modified(_ path: String) -> timespec? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        #if canImport(Glibc)
        return info.st_mtim
        #else
        return info.st_mtimespec
        #endif
    }

    private static func earlier(_ a: timespec, than b: timespec) -> Bool {
        a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec)
    }
}
