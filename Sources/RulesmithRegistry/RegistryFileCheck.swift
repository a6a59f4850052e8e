import Foundation
import GRDB

/// Looks at an existing file before the registry opens it for writing, so that a file which is
/// not a SQLite database, or is another application's database, is refused untouched.
enum RegistryFileCheck {
    private static let magic: [UInt8] = Array("SQLite format 3\u{0}".utf8)

    /// Throws `notADatabase`, `foreignDatabase`, `newerSchema` or `corrupt` for a file that must
    /// not be opened; returns normally for a missing or empty file or a rulesmith registry.
    static func inspect(_ path: String, knownMigrations: Set<String>, busyTimeout: Double) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if FileManager.default.fileExists(atPath: path) {
                throw RegistryError.database(path: path, detail: "cannot be read (permissions?)")
            }
            return
        }
        let header = (try? handle.read(upToCount: 100)).map { [UInt8]($0) } ?? []
        try? handle.close()
        if header.isEmpty { return }
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
            try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if applicationID != RegistrySchema.applicationID {
                    if applicationID != 0 || objects > 0 { throw RegistryError.foreignDatabase(path: path) }
                    return
                }
                guard try db.tableExists("grdb_migrations") else { throw RegistryError.foreignDatabase(path: path) }
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                let unknown = applied.filter { !knownMigrations.contains($0) }
                if !unknown.isEmpty { throw RegistryError.newerSchema(path: path, unknown: unknown) }
            }
        } catch let error as DatabaseError {
            throw RegistryErrorMapping.map(error, path: path, busyTimeout: busyTimeout)
        }
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
