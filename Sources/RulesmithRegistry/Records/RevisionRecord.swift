import GRDB

/// A row of `revision`: one import.
struct RevisionRecord: RegistryRecord, MutablePersistableRecord {
    static let databaseTableName = "revision"
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
