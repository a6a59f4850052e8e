import Foundation
import GRDB

/// A consistent copy of a registry file (committed WAL pages included), taken through SQLite's
/// backup API so a dry run can rehearse an import on the copy without writing the original.
public enum RegistryCopy {
    /// Copies the registry at `source` to `destination` (a new file); the source is only read.
    /// A file that is not a sound rulesmith registry is refused under its own name, as opening it would be.
    public static func copy(from source: String, to destination: String, busyTimeout: Double = 30) throws {
        guard case .registry = try RegistryFileCheck.inspect(
            source, knownMigrations: Set(RegistrySchema.migrator.migrations), busyTimeout: busyTimeout)
        else { return }
        var readOnly = Configuration()
        readOnly.readonly = true
        readOnly.busyMode = .timeout(busyTimeout)
        do {
            let original = try DatabasePool(path: source, configuration: readOnly)
            let copy = try DatabaseQueue(path: destination)
            try original.backup(to: copy)
            try copy.close()
            try original.close()
        } catch let error as DatabaseError {
            throw RegistryErrorMapping.map(error, path: source, busyTimeout: busyTimeout)
        }
    }
}
