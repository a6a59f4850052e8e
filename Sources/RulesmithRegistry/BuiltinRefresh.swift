import Foundation
import GRDB
import RulesmithTemplates

/// What opening the registry did with the built-in templates a binary brings when they differ
/// from the ones the registry last took in.
public struct BuiltinRefresh: Sendable, Hashable {
    /// Whether the new built-ins went in, wait for an open that may write, or were refused.
    public enum Kind: Sendable, Hashable {
        /// Stored as this new revision; older revisions are left as they were.
        case refreshed(revision: Int64)
        /// A read-only open saw them; the next open that may write stores them.
        case pending
        /// They cannot be stored beside the registry's own stacks (the reason); retried on
        /// every open that may write, nothing else changes.
        case refused(String)
    }

    public var kind: Kind
    /// Built-in stacks the new revision changed or added.
    public var changedStacks: [String]
    /// Built-in stack IDs left as they are because an import or pull owns their newest version.
    public var keptStacks: [String]

    /// One line for a command's report.
    public var line: String {
        let kept = keptStacks.isEmpty ? "" : "; kept your imported \(keptStacks.joined(separator: ", "))"
        switch kind {
        case .refreshed(let revision):
            let changed = changedStacks.isEmpty ? "documents only" : changedStacks.joined(separator: ", ")
            return "built-in templates refreshed as registry revision \(revision) (\(changed)\(kept)); "
                + "a repository pinned to an older revision keeps it until you move the pin"
        case .pending:
            return "this rulesmith brings newer built-in templates; the next init, apply or import stores them as a new revision"
        case .refused(let reason):
            return "the newer built-in templates were not stored: \(reason)"
        }
    }
}

/// The content hash of a built-in bundle: every stack's content hash and every document's bytes,
/// so any change to `Templates/` or `Registry/` gives another hash.
enum BuiltinBundle {
    static func hash(_ set: TemplateSet) -> String {
        var bytes: [UInt8] = []
        func add(_ name: String, _ digest: String) {
            bytes.append(contentsOf: Array("\(name)\u{0}\(digest)\u{0}".utf8))
        }
        for stack in set.stacks.sorted(by: { $0.id < $1.id }) { add("stack:" + stack.id, stack.contentHash) }
        for path in set.documents.keys.sorted() { add("document:" + path, ContentHash.sha256(set.documents[path]!)) }
        return ContentHash.sha256(bytes)
    }
}

extension TemplateRegistry {
    /// Seeds an empty registry with `seed` (revision 1), or, when `mayWrite` and the registry
    /// holds built-ins from another bundle, stores `seed` as a new built-in revision: one
    /// immediate transaction, under the open lock, so concurrent opens store it once.
    func takeInBuiltins(_ seed: TemplateSet, mayWrite: Bool) throws -> BuiltinRefresh? {
        let hash = BuiltinBundle.hash(seed)
        return try mapped {
            try pool.writeWithoutTransaction { db -> BuiltinRefresh? in
                var outcome: BuiltinRefresh?
                try db.inTransaction(.immediate) {
                    outcome = try takeInBuiltins(seed, hash: hash, mayWrite: mayWrite, db: db)
                    return .commit
                }
                return outcome
            }
        }
    }

    /// Whether `seed` differs from the built-ins the registry last took in (for a read-only open).
    func builtinsPending(_ seed: TemplateSet) throws -> Bool {
        try read { db in
            guard try db.tableExists("builtin_bundle"), try Self.holdsBuiltins(db) else { return false }
            return try Self.lastBundle(db) != BuiltinBundle.hash(seed)
        }
    }

    private func takeInBuiltins(_ seed: TemplateSet, hash: String, mayWrite: Bool, db: Database) throws -> BuiltinRefresh? {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM revision)") == true else {
            let report = try write(seed, source: .builtin, options: ImportOptions(), findings: [], stored: [:], db: db)
            try Self.record(hash, revision: report.revision, db)
            return nil
        }
        // A registry made without built-ins (a library caller's choice) is left without them.
        guard mayWrite, try Self.holdsBuiltins(db), try Self.lastBundle(db) != hash else { return nil }
        let (set, kept) = try withoutOwnedContent(seed, db)
        var outcome: BuiltinRefresh?
        do {
            try db.inSavepoint {
                let report = try write(set, source: .builtin, options: ImportOptions(), findings: [], stored: [:], db: db)
                let changed = report.changes.filter { $0.kind != .unchanged }.map(\.stackID).sorted()
                guard try !changed.isEmpty || documentsChanged(set, before: report.revision, db) else {
                    return .rollback
                }
                try db.execute(
                    sql: "UPDATE revision SET summary = ? WHERE id = ?",
                    arguments: ["built-in templates refreshed: " + report.summary, report.revision])
                outcome = BuiltinRefresh(kind: .refreshed(revision: report.revision), changedStacks: changed, keptStacks: kept)
                return .commit
            }
        } catch let error as TemplateError {
            return BuiltinRefresh(kind: .refused(error.description), changedStacks: [], keptStacks: kept)
        } catch RegistryError.template(let error) {
            return BuiltinRefresh(kind: .refused(error.description), changedStacks: [], keptStacks: kept)
        }
        let revision: Int64? = if case .refreshed(let revision)? = outcome?.kind { revision } else { nil }
        try Self.record(hash, revision: revision, db)
        return outcome
    }

    /// `seed` without what an import or pull owns: stacks whose newest version it stored,
    /// documents and index entries it wrote last. Returns the built-in stack IDs left out.
    private func withoutOwnedContent(_ seed: TemplateSet, _ db: Database) throws -> (TemplateSet, [String]) {
        let ownedStacks = Set(try String.fetchAll(db, sql: """
            SELECT s.id FROM stack s JOIN revision r ON r.id = s.current_revision WHERE r.source_kind != 'builtin'
            """))
        let ownedDocuments = Set(try String.fetchAll(db, sql: """
            SELECT d.path FROM revision_document d JOIN revision r ON r.id = d.revision_id
            WHERE r.source_kind != 'builtin'
              AND d.revision_id = (SELECT max(e.revision_id) FROM revision_document e WHERE e.path = d.path)
            """))
        let ownedCategories = Set(try String.fetchAll(db, sql: """
            SELECT c.id FROM category c JOIN revision r ON r.id = c.revision_id WHERE r.source_kind != 'builtin'
            """))
        let ownedAliases = Set(try String.fetchAll(db, sql: """
            SELECT a.alias FROM tag_alias a JOIN revision r ON r.id = a.revision_id WHERE r.source_kind != 'builtin'
            """))
        var set = seed
        set.stacks = seed.stacks.filter { !ownedStacks.contains($0.id) }
        set.documents = seed.documents.filter { !ownedDocuments.contains($0.key) }
        set.index = seed.index.map { index in
            RegistryIndex(
                categories: index.categories.filter { !ownedCategories.contains($0.id) },
                tagAliases: index.tagAliases.filter { !ownedAliases.contains($0.key) })
        }
        let kept = seed.stacks.map(\.id).filter { ownedStacks.contains($0) }.sorted()
        return (set, kept)
    }

    /// Whether any document of `set` differs from the newest stored before `revision`.
    private func documentsChanged(_ set: TemplateSet, before revision: Int64, _ db: Database) throws -> Bool {
        for (path, bytes) in set.documents {
            let previous = try String.fetchOne(
                db, sql: """
                    SELECT blob_hash FROM revision_document WHERE path = ? AND revision_id < ?
                    ORDER BY revision_id DESC LIMIT 1
                    """, arguments: [path, revision])
            if previous != ContentHash.sha256(bytes) { return true }
        }
        return false
    }

    private static func holdsBuiltins(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM revision WHERE source_kind = 'builtin')") ?? false
    }

    private static func lastBundle(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT hash FROM builtin_bundle ORDER BY id DESC LIMIT 1")
    }

    private static func record(_ hash: String, revision: Int64?, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO builtin_bundle (hash, revision_id, recorded_at) VALUES (?, ?, ?)",
            arguments: [hash, revision, ISO8601DateFormatter().string(from: Date())])
    }
}
