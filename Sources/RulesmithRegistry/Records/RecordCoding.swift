import GRDB

/// Snake-case columns for every record of the registry schema.
protocol RegistryRecord: Codable, FetchableRecord, PersistableRecord {}

extension RegistryRecord {
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}
