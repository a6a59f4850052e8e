import Foundation
import GRDB

/// A row of `blob`: bytes addressed by their SHA-256.
struct BlobRecord: RegistryRecord {
    static let databaseTableName = "blob"
    var hash: String
    var size: Int
    var content: Data

    /// Stores `bytes` once, whatever number of templates and revisions share them; returns the hash.
    static func store(_ bytes: [UInt8], hash: String, in db: Database) throws -> String {
        try db.execute(
            sql: "INSERT OR IGNORE INTO blob (hash, size, content) VALUES (?, ?, ?)",
            arguments: [hash, bytes.count, Data(bytes)])
        return hash
    }

    /// The bytes stored under `hash`.
    static func bytes(_ hash: String, in db: Database) throws -> [UInt8] {
        guard let data = try Data.fetchOne(db, sql: "SELECT content FROM blob WHERE hash = ?", arguments: [hash]) else {
            throw RegistryError.database(path: db.configuration.label ?? "registry", detail: "missing content \(hash)")
        }
        return [UInt8](data)
    }
}
