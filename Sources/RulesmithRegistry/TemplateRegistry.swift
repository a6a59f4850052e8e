import Foundation
import GRDB
import RulesmithTemplates

/// The template registry: one SQLite file (WAL, foreign keys on) holding stacks, their rule
/// templates and variables, every import as a revision, and a full-text index.
///
/// Safe to share between threads and between processes: writers queue behind each other up to
/// the busy timeout, then fail with `RegistryError.busy`.
public final class TemplateRegistry: Sendable {
    /// The database file.
    public let path: String
    /// Seconds a writer waits for another process before giving up.
    public let busyTimeout: Double
    let pool: DatabasePool
    /// What this open did with the binary's built-in templates when they differ from the ones
    /// the registry last took in (nil when they are the same, or on the first seed).
    public let builtinRefresh: BuiltinRefresh?

    private init(path: String, busyTimeout: Double, pool: DatabasePool, builtinRefresh: BuiltinRefresh? = nil) {
        self.path = path
        self.busyTimeout = busyTimeout
        self.pool = pool
        self.builtinRefresh = builtinRefresh
    }

    /// What the caller will do with the registry.
    public enum Access: Sendable {
        /// Only read: a sound, current, seeded registry is opened read-only and its file is not
        /// written (a missing or outdated one is still created or migrated first).
        case read
        /// Read and write (imports).
        case readWrite
    }

    /// Opens the registry at `path`, creating and migrating it when needed, and seeding it from
    /// `seed` (as revision 1, source `builtin`) when it holds no revision yet. With `.readWrite`,
    /// a registry holding built-ins from another bundle gets `seed` as a new revision (stacks an
    /// import or pull owns are left as they are; see `builtinRefresh`); `.read` never does.
    /// A file that is not a rulesmith registry, or is damaged, is refused and left as it is: it is
    /// looked at through a read-only connection (every page checked) before anything may write.
    public static func open(
        path: String, seed: TemplateSet? = nil, busyTimeout: Double = 30, access: Access = .readWrite
    ) throws -> TemplateRegistry {
        try RegistryOpenLock.withLock(databasePath: path, timeout: busyTimeout) {
            let migrator = RegistrySchema.migrator
            let state = try RegistryFileCheck.inspect(path, knownMigrations: Set(migrator.migrations), busyTimeout: busyTimeout)
            var configuration = Configuration()
            configuration.busyMode = .timeout(busyTimeout)
            configuration.foreignKeysEnabled = true
            configuration.label = path
            if access == .read, case .registry(current: true, let seeded) = state, seeded || seed == nil {
                configuration.readonly = true
                do {
                    let pool = try retryingBusy(timeout: busyTimeout) { try DatabasePool(path: path, configuration: configuration) }
                    let registry = TemplateRegistry(path: path, busyTimeout: busyTimeout, pool: pool)
                    guard let seed, try registry.builtinsPending(seed) else { return registry }
                    return TemplateRegistry(
                        path: path, busyTimeout: busyTimeout, pool: pool,
                        builtinRefresh: BuiltinRefresh(kind: .pending, changedStacks: [], keptStacks: []))
                } catch let error as DatabaseError {
                    throw RegistryErrorMapping.map(error, path: path, busyTimeout: busyTimeout)
                }
            }
            let registry: TemplateRegistry
            do {
                let pool = try retryingBusy(timeout: busyTimeout) { try DatabasePool(path: path, configuration: configuration) }
                registry = TemplateRegistry(path: path, busyTimeout: busyTimeout, pool: pool)
                try retryingBusy(timeout: busyTimeout) { try migrator.migrate(pool) }
            } catch let error as DatabaseError {
                throw RegistryErrorMapping.map(error, path: path, busyTimeout: busyTimeout)
            }
            guard let seed, let refresh = try registry.takeInBuiltins(seed, mayWrite: access == .readWrite) else { return registry }
            return TemplateRegistry(path: path, busyTimeout: busyTimeout, pool: registry.pool, builtinRefresh: refresh)
        }
    }

    /// Runs `body`, retrying while another process holds a lock that the busy handler cannot wait
    /// out (a stale WAL snapshot), up to `timeout` seconds.
    static func retryingBusy<T>(timeout: Double, _ body: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        var delay: UInt32 = 2_000
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                guard Date() < deadline else { throw error }
                usleep(delay)
                delay = min(delay * 2, 100_000)
            }
        }
    }

    /// Runs a read, mapping SQLite failures to `RegistryError`s that name the file.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try mapped { try pool.read(body) }
    }

    /// Runs one write transaction (BEGIN IMMEDIATE, so a concurrent writer waits up front).
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try mapped { try pool.write(body) }
    }

    func mapped<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw RegistryErrorMapping.map(error, path: path, busyTimeout: busyTimeout)
        } catch let error as TemplateError {
            throw RegistryError.template(error)
        }
    }

    /// The newest revision's number, or nil for an empty registry.
    public func latestRevision() throws -> Int64? {
        try read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM revision") }
    }

    /// Runs SQLite's `PRAGMA integrity_check`; "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }

    /// Closes the database (also done when the registry is released).
    public func close() throws {
        try mapped { try pool.close() }
    }
}
