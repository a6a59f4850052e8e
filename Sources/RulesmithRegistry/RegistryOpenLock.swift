import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Serialises opening (inspect, create, migrate, seed) across processes. SQLite's busy handler
/// cannot cover it: a second process could see a half-created file (tables but no application
/// ID yet) or run the first migration twice. The lock is `flock` on the database's folder, so no
/// extra file is made and SQLite's own POSIX locks on the database file are left alone.
enum RegistryOpenLock {
    static func withLock<T>(databasePath: String, timeout: Double, _ body: () throws -> T) throws -> T {
        let folder = (databasePath as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw RegistryError.database(
                path: databasePath, detail: "cannot open its folder (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        let deadline = Date().addingTimeInterval(timeout)
        var delay: UInt32 = 1_000
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw RegistryError.database(path: databasePath, detail: "cannot lock its folder (\(String(cString: strerror(errno))))")
            }
            guard Date() < deadline else { throw RegistryError.busy(path: databasePath, seconds: timeout) }
            usleep(delay)
            delay = min(delay * 2, 50_000)
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
