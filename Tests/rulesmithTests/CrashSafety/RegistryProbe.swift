import Foundation

/// Reads a registry database with the sqlite3 command-line shell (a second, independent SQLite
/// client): `PRAGMA integrity_check`, foreign keys, and a fingerprint of everything an import
/// writes (timestamps left out), to tell "the whole revision" from "none of it".
enum RegistryProbe {
    /// "ok" when SQLite finds the file sound and no foreign key dangles.
    static func integrity(_ scratch: Scratch, database: String) throws -> String {
        let output = try sqlite(scratch, database, "PRAGMA integrity_check; PRAGMA foreign_key_check;")
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Every row an import writes, in a stable order, without `created_at`.
    static func fingerprint(_ scratch: Scratch, database: String) throws -> String {
        try sqlite(scratch, database, """
            SELECT 'revision', id, source_kind, source, format, summary FROM revision ORDER BY id;
            SELECT 'stack', id, created_revision, current_revision FROM stack ORDER BY id;
            SELECT 'version', stack_id, revision_id, content_hash, stack_file_hash FROM stack_version ORDER BY 2, 3;
            SELECT 'tag', stack_id, revision_id, tag FROM stack_tag ORDER BY 2, 3, 4;
            SELECT 'rule', stack_id, revision_id, rule_id, body_hash, file_hash FROM rule_template ORDER BY 2, 3, 4;
            SELECT 'blob', hash, size FROM blob ORDER BY hash;
            SELECT 'document', revision_id, path, blob_hash FROM revision_document ORDER BY 2, 3;
            SELECT 'search', stack_id, rule_id, title FROM template_search ORDER BY 2, 3;
            """)
    }

    /// The current version of every stack: what a later render sees.
    static func current(_ scratch: Scratch, database: String) throws -> String {
        try sqlite(scratch, database, """
            SELECT s.id, v.content_hash FROM stack s
              JOIN stack_version v ON v.stack_id = s.id AND v.revision_id = s.current_revision ORDER BY s.id;
            SELECT 'search', count(*) FROM template_search;
            """)
    }

    /// Number of revisions.
    static func revisions(_ scratch: Scratch, database: String) throws -> Int {
        Int(try sqlite(scratch, database, "SELECT count(*) FROM revision;").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    private static func sqlite(_ scratch: Scratch, _ database: String, _ sql: String) throws -> String {
        try scratch.run("/usr/bin/sqlite3", ["-bail", "-cmd", ".timeout 30000", database, sql], in: scratch.root).stdout
    }
}
