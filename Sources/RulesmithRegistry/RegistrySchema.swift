import GRDB

/// The registry's schema as migrations. A shipped migration is never edited: changes go in a new one.
enum RegistrySchema {
    /// `PRAGMA application_id` of every rulesmith registry ("RSMR"), telling it apart from other
    /// SQLite files.
    static let applicationID: Int32 = 0x5253_4D52

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        migrator.registerMigration("v2", migrate: v2)
        migrator.registerMigration("v3", migrate: v3)
        migrator.registerMigration("v4", migrate: v4)
        return migrator
    }

    /// Stacks, per-revision stack versions, rule templates, variables, content-addressed bodies,
    /// revisions, the index (categories, tag aliases) and the FTS5 search table.
    private static func v1(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: """
            CREATE TABLE revision (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                created_at TEXT NOT NULL,
                source_kind TEXT NOT NULL CHECK (source_kind IN ('builtin', 'directory', 'git')),
                source TEXT NOT NULL,
                commit_id TEXT,
                ref TEXT,
                format TEXT NOT NULL,
                summary TEXT NOT NULL,
                allowed_findings INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE blob (
                hash TEXT PRIMARY KEY NOT NULL,
                size INTEGER NOT NULL,
                content BLOB NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE stack (
                id TEXT PRIMARY KEY NOT NULL,
                created_revision INTEGER NOT NULL REFERENCES revision(id),
                current_revision INTEGER NOT NULL REFERENCES revision(id)
            ) WITHOUT ROWID;
            CREATE TABLE stack_version (
                stack_id TEXT NOT NULL REFERENCES stack(id),
                revision_id INTEGER NOT NULL REFERENCES revision(id),
                title TEXT NOT NULL,
                description TEXT NOT NULL,
                category TEXT NOT NULL,
                author TEXT,
                license TEXT,
                tags TEXT NOT NULL,
                extends TEXT NOT NULL,
                detect TEXT NOT NULL,
                format TEXT NOT NULL,
                source_path TEXT NOT NULL,
                stack_file_hash TEXT NOT NULL REFERENCES blob(hash),
                content_hash TEXT NOT NULL,
                documents TEXT NOT NULL,
                PRIMARY KEY (stack_id, revision_id)
            ) WITHOUT ROWID;
            CREATE INDEX stack_version_by_revision ON stack_version(revision_id);
            CREATE TABLE stack_tag (
                stack_id TEXT NOT NULL,
                revision_id INTEGER NOT NULL,
                tag TEXT NOT NULL,
                PRIMARY KEY (stack_id, revision_id, tag),
                FOREIGN KEY (stack_id, revision_id) REFERENCES stack_version(stack_id, revision_id)
            ) WITHOUT ROWID;
            CREATE INDEX stack_tag_by_tag ON stack_tag(tag);
            CREATE TABLE stack_variable (
                stack_id TEXT NOT NULL,
                revision_id INTEGER NOT NULL,
                name TEXT NOT NULL,
                position INTEGER NOT NULL,
                description TEXT,
                default_value TEXT,
                pattern TEXT,
                PRIMARY KEY (stack_id, revision_id, name),
                FOREIGN KEY (stack_id, revision_id) REFERENCES stack_version(stack_id, revision_id)
            ) WITHOUT ROWID;
            CREATE TABLE rule_template (
                stack_id TEXT NOT NULL,
                revision_id INTEGER NOT NULL,
                rule_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                description TEXT,
                globs TEXT NOT NULL,
                always_apply INTEGER NOT NULL,
                activation TEXT NOT NULL
                    CHECK (activation IN ('always', 'globs', 'description-requested', 'manual')),
                targets TEXT NOT NULL,
                overrides TEXT NOT NULL,
                body_hash TEXT NOT NULL REFERENCES blob(hash),
                file_hash TEXT NOT NULL REFERENCES blob(hash),
                source_path TEXT NOT NULL,
                findings TEXT NOT NULL,
                PRIMARY KEY (stack_id, revision_id, rule_id),
                FOREIGN KEY (stack_id, revision_id) REFERENCES stack_version(stack_id, revision_id)
            ) WITHOUT ROWID;
            CREATE TABLE revision_document (
                revision_id INTEGER NOT NULL REFERENCES revision(id),
                path TEXT NOT NULL,
                blob_hash TEXT NOT NULL REFERENCES blob(hash),
                PRIMARY KEY (revision_id, path)
            ) WITHOUT ROWID;
            CREATE TABLE category (
                id TEXT PRIMARY KEY NOT NULL,
                title TEXT NOT NULL,
                revision_id INTEGER NOT NULL REFERENCES revision(id)
            ) WITHOUT ROWID;
            CREATE TABLE tag_alias (
                alias TEXT PRIMARY KEY NOT NULL,
                tag TEXT NOT NULL,
                revision_id INTEGER NOT NULL REFERENCES revision(id)
            ) WITHOUT ROWID;
            CREATE VIRTUAL TABLE template_search USING fts5(
                stack_id UNINDEXED, rule_id UNINDEXED, title, description, tags, body,
                tokenize = 'porter unicode61'
            );
            """)
    }

    /// What rendering from the repository's facts needs: the fact a variable takes its value
    /// from (`from:`), the versions a rule is written for and whether it is essential.
    private static func v2(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE stack_variable ADD COLUMN from_fact TEXT;
            ALTER TABLE rule_template ADD COLUMN versions TEXT;
            ALTER TABLE rule_template ADD COLUMN essential INTEGER;
            """)
    }

    /// The Agent Skills a stack carries: every file of each skill folder, content-addressed, with
    /// its executable mode (a script must stay runnable after a round trip). A stack's MCP
    /// servers (`mcp.json`) are one of its documents and need no table.
    private static func v3(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE skill_file (
                stack_id TEXT NOT NULL,
                revision_id INTEGER NOT NULL,
                skill TEXT NOT NULL,
                path TEXT NOT NULL,
                blob_hash TEXT NOT NULL REFERENCES blob(hash),
                executable INTEGER NOT NULL,
                PRIMARY KEY (stack_id, revision_id, skill, path),
                FOREIGN KEY (stack_id, revision_id) REFERENCES stack_version(stack_id, revision_id)
            ) WITHOUT ROWID;
            """)
    }

    /// Which built-in bundle the registry last took in: one row per bundle a binary brought
    /// (its content hash), with the revision that stored it (nil when it changed no stack).
    private static func v4(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE builtin_bundle (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                hash TEXT NOT NULL,
                revision_id INTEGER REFERENCES revision(id),
                recorded_at TEXT NOT NULL
            );
            """)
    }
}
