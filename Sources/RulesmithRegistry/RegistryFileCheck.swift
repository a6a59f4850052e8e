import Foundation
import RulesmithText
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Looks at an existing file before the registry opens it for writing, so that a file which is
/// not a SQLite database, is another application's database, or is damaged is refused untouched:
/// everything here reads, through a non-blocking descriptor and a read-only SQLite connection.
enum RegistryFileCheck {
    private static let magic: [UInt8] = Array("SQLite format 3\u{0}".utf8)

    /// What the file at the registry's path holds.
    enum State: Equatable {
        /// Nothing yet (no file, an empty file, or an empty SQLite database): to be created.
        case absent
        /// A sound rulesmith registry; `current` when every known migration is applied, `seeded`
        /// when it holds a revision.
        case registry(current: Bool, seeded: Bool)
    }

    /// Throws `notADatabase`, `foreignDatabase`, `newerSchema`, `corrupt` or `database` for a file
    /// that must not be opened for writing (a folder, a FIFO, a device included).
    static func inspect(_ path: String, knownMigrations: Set<String>, busyTimeout: Double) throws -> State {
        guard let header = try readHeader(path) else { return .absent }
        guard header.count >= 100, Array(header[0..<16]) == magic else {
            throw RegistryError.notADatabase(path: path)
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = path
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if applicationID != RegistrySchema.applicationID {
                    if applicationID != 0 || objects > 0 { throw RegistryError.foreignDatabase(path: path) }
                    return .absent
                }
                guard try db.tableExists("grdb_migrations") else { throw RegistryError.foreignDatabase(path: path) }
                let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
                let unknown = applied.subtracting(knownMigrations).sorted()
                if !unknown.isEmpty { throw RegistryError.newerSchema(path: path, unknown: unknown) }
                // Every page, before anything may write: a damaged page found later (by a query)
                // would come after the read-write open had already rewritten the header.
                let problems = try String.fetchAll(db, sql: "PRAGMA quick_check")
                if problems != ["ok"] { throw RegistryError.corrupt(path: path, detail: summary(problems)) }
                let seeded = try db.tableExists("revision")
                    && (try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM revision)") ?? false)
                return .registry(current: applied.isSuperset(of: knownMigrations), seeded: seeded)
            }
        } catch let error as DatabaseError {
            throw RegistryErrorMapping.map(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// The first 100 bytes, nil when there is no file or it is empty. Opened non-blocking and
    /// checked with `fstat`, so a FIFO, a device or a folder at the path is refused, not waited on.
    private static func readHeader(_ path: String) throws -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { return nil }
            throw RegistryError.database(path: path, detail: "cannot be read (\(code == EACCES ? "permission denied" : String(cString: strerror(code))))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw RegistryError.database(path: path, detail: "cannot be read (\(String(cString: strerror(errno))))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw RegistryError.database(path: path, detail: "a folder, not a registry file (pass \(option: .registry) with a file path)")
        case S_IFIFO: throw RegistryError.database(path: path, detail: "a named pipe (FIFO), not a registry file; refusing to open it")
        default: throw RegistryError.database(path: path, detail: "not a regular file; refusing to open it")
        }
        var header = [UInt8](repeating: 0, count: 100)
        var filled = 0
        while filled < header.count {
            let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw RegistryError.database(path: path, detail: "cannot be read (\(String(cString: strerror(errno))))")
            }
            if count == 0 { break }
            filled += count
        }
        return filled == 0 ? nil : Array(header[0..<filled])
    }

    /// SQLite's first complaint as one line (it starts with a "*** in database main ***" line).
    private static func summary(_ problems: [String]) -> String {
        let lines = problems.joined(separator: "\n").split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("***") }
        let first = lines.first.map(String.init) ?? "integrity check failed"
        return lines.count > 1 ? "\(first), and \(lines.count - 1) more problem\(lines.count == 2 ? "" : "s")" : first
    }
}

/// Turns SQLite failures into registry errors that name the file; a raw "database is locked"
/// never reaches the user.
enum RegistryErrorMapping {
    static func map(_ error: DatabaseError, path: String, busyTimeout: Double) -> RegistryError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .busy(path: path, seconds: busyTimeout)
        case .SQLITE_NOTADB:
            return .notADatabase(path: path)
        case .SQLITE_CORRUPT:
            return .corrupt(path: path, detail: error.message ?? "SQLITE_CORRUPT")
        default:
            return .database(path: path, detail: error.message ?? "\(error.resultCode)")
        }
    }
}
