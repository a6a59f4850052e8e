import GRDB

/// A row of `revision`: one import. Mutable so that `insert` fills in the new ID.
struct RevisionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "revision"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
    var id: Int64?
    var createdAt: String
    var sourceKind: String
    var source: String
    var commitId: String?
    var ref: String?
    var format: String
    var summary: String
    var allowedFindings: Bool

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
