import GRDB
import RulesmithTemplates

extension TemplateRegistry {
    /// Stacks at `revision` (default: the newest), optionally only those tagged `tag` or one of
    /// its aliases, sorted by ID.
    public func list(tag: String? = nil, revision: Int64? = nil) throws -> [StackSummary] {
        try read { db in
            let index = try currentIndex(db)
            let spellings = tag.map { index.spellings(of: $0) }
            return try versions(at: revision, db).compactMap { version -> StackSummary? in
                if let spellings, !version.tags.contains(where: { spellings.contains(index.canonicalTag($0)) || spellings.contains($0) }) {
                    return nil
                }
                let rules = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM rule_template WHERE stack_id = ? AND revision_id = ?",
                    arguments: [version.stackId, version.revisionId]) ?? 0
                return StackSummary(
                    id: version.stackId, title: version.title, description: version.description,
                    category: version.category, tags: version.tags, ruleCount: rules, revision: version.revisionId)
            }
        }
    }

    /// A stack with its rules, variables, provenance and history, as of `revision` (default newest).
    public func show(_ id: String, revision: Int64? = nil) throws -> StackDetails {
        try read { db in
            guard let version = try version(of: id, at: revision, db) else {
                throw RegistryError.notFound(revision.map { "stack '\(id)' at revision \($0)" } ?? "stack '\(id)'")
            }
            let stack = try templateStack(version, db)
            let rules = try RuleTemplateRecord.filter(Column("stack_id") == id && Column("revision_id") == version.revisionId)
                .fetchAll(db)
            let history = try RevisionRecord.fetchAll(
                db, sql: "SELECT revision.* FROM revision JOIN stack_version ON stack_version.revision_id = revision.id "
                    + "WHERE stack_version.stack_id = ? ORDER BY revision.id", arguments: [id])
            return StackDetails(
                stack: stack, revision: try revisionValue(try RevisionRecord.fetchOne(db, key: version.revisionId)!, db),
                history: try history.map { try revisionValue($0, db) },
                bodyHashes: Dictionary(uniqueKeysWithValues: rules.map { ($0.ruleId, $0.bodyHash) }),
                findings: Dictionary(uniqueKeysWithValues: rules.map { ($0.ruleId, $0.findings) }))
        }
    }

    /// The stack `id` with its rules as `revision` left it (default: newest).
    public func stack(_ id: String, at revision: Int64? = nil) throws -> TemplateStack {
        try read { db in
            guard let version = try version(of: id, at: revision, db) else {
                throw RegistryError.notFound(revision.map { "stack '\(id)' at revision \($0)" } ?? "stack '\(id)'")
            }
            return try templateStack(version, db)
        }
    }

    /// Every stack as `revision` left it (default: newest), sorted by ID; without rules and
    /// files when `withRules` is false (enough for detection and extends).
    public func stacks(at revision: Int64? = nil, withRules: Bool = true) throws -> [TemplateStack] {
        try read { db in try versions(at: revision, db).map { try templateStack($0, db, includeRules: withRules) } }
    }

    /// The body of `rule` in `stack` as `revision` left it: the base of a 3-way merge.
    public func templateBody(stack: String, rule: String, revision: Int64) throws -> [UInt8] {
        try read { db in
            guard let version = try version(of: stack, at: revision, db),
                  let hash = try String.fetchOne(
                      db, sql: "SELECT body_hash FROM rule_template WHERE stack_id = ? AND revision_id = ? AND rule_id = ?",
                      arguments: [stack, version.revisionId, rule])
            else {
                throw RegistryError.notFound("rule '\(stack)/\(rule)' at revision \(revision)")
            }
            return try BlobRecord.bytes(hash, in: db)
        }
    }

    /// Revisions, newest first; with `stack`, only those that added or changed it.
    public func history(stack: String? = nil) throws -> [RegistryRevision] {
        try read { db in
            let records: [RevisionRecord]
            if let stack {
                guard try StackRecord.exists(db, key: stack) else { throw RegistryError.notFound("stack '\(stack)'") }
                records = try RevisionRecord.fetchAll(
                    db, sql: "SELECT revision.* FROM revision JOIN stack_version ON stack_version.revision_id = revision.id "
                        + "WHERE stack_version.stack_id = ? ORDER BY revision.id DESC", arguments: [stack])
            } else {
                records = try RevisionRecord.order(Column("id").desc).fetchAll(db)
            }
            return try records.map { try revisionValue($0, db) }
        }
    }

    /// One revision by number.
    public func revision(_ id: Int64) throws -> RegistryRevision {
        try read { db in
            guard let record = try RevisionRecord.fetchOne(db, key: id) else { throw RegistryError.notFound("revision \(id)") }
            return try revisionValue(record, db)
        }
    }

    /// The categories and tag aliases every import so far has contributed.
    public func index() throws -> RegistryIndex {
        try read { db in try currentIndex(db) }
    }

    /// The files of the repository layout for the stacks at `revision` (default: newest), with the
    /// documents (`Templates/README.md`, `Registry/index.yml`) as the newest import up to then
    /// left them; `stacks` limits the export (documents are then left out).
    public func exportFiles(revision: Int64? = nil, stacks ids: [String]? = nil) throws -> [String: [UInt8]] {
        try read { db in
            var versions = try versions(at: revision, db)
            var documents: [String: [UInt8]] = [:]
            if let ids {
                for id in ids where !versions.contains(where: { $0.stackId == id }) {
                    throw RegistryError.notFound("stack '\(id)'")
                }
                versions = versions.filter { ids.contains($0.stackId) }
            } else {
                let rows = try Row.fetchAll(
                    db, sql: """
                        SELECT d.path, d.blob_hash FROM revision_document d
                        WHERE d.revision_id = (SELECT max(revision_id) FROM revision_document e
                                               WHERE e.path = d.path AND e.revision_id <= ?)
                        """, arguments: [revision ?? Int64.max])
                for row in rows { documents[row["path"]] = try BlobRecord.bytes(row["blob_hash"], in: db) }
            }
            let stacks = try versions.map { try templateStack($0, db) }
            return TemplateLayout.files(stacks: stacks, documents: documents)
        }
    }

    /// The paths of `exportFiles` that are executable (skill scripts).
    public func exportExecutables(revision: Int64? = nil, stacks ids: [String]? = nil) throws -> Set<String> {
        try read { db in
            var versions = try versions(at: revision, db)
            if let ids { versions = versions.filter { ids.contains($0.stackId) } }
            return TemplateLayout.executables(stacks: try versions.map { try templateStack($0, db) })
        }
    }

    // MARK: - Shared reads

    func currentIndex(_ db: Database) throws -> RegistryIndex {
        let categories = try CategoryRecord.order(Column("revision_id"), Column("id")).fetchAll(db)
        let aliases = try TagAliasRecord.fetchAll(db)
        return RegistryIndex(
            categories: categories.map { RegistryCategory(id: $0.id, title: $0.title) },
            tagAliases: Dictionary(uniqueKeysWithValues: aliases.map { ($0.alias, $0.tag) }))
    }

    /// The newest version of every stack, without rules (for extends and variable checks).
    func currentStacks(_ db: Database) throws -> [String: TemplateStack] {
        var output: [String: TemplateStack] = [:]
        for version in try versions(at: nil, db) {
            output[version.stackId] = try templateStack(version, db, includeRules: false)
        }
        return output
    }

    func versions(at revision: Int64?, _ db: Database) throws -> [StackVersionRecord] {
        guard let revision else {
            return try StackVersionRecord.fetchAll(
                db, sql: "SELECT sv.* FROM stack_version sv JOIN stack s ON s.id = sv.stack_id "
                    + "AND s.current_revision = sv.revision_id ORDER BY sv.stack_id")
        }
        return try StackVersionRecord.fetchAll(
            db, sql: """
                SELECT sv.* FROM stack_version sv
                WHERE sv.revision_id = (SELECT max(v.revision_id) FROM stack_version v
                                        WHERE v.stack_id = sv.stack_id AND v.revision_id <= ?)
                ORDER BY sv.stack_id
                """, arguments: [revision])
    }

    func version(of id: String, at revision: Int64?, _ db: Database) throws -> StackVersionRecord? {
        try StackVersionRecord.fetchOne(
            db, sql: "SELECT * FROM stack_version WHERE stack_id = ? AND revision_id <= ? ORDER BY revision_id DESC LIMIT 1",
            arguments: [id, revision ?? Int64.max])
    }

    func templateStack(_ version: StackVersionRecord, _ db: Database, includeRules: Bool = true) throws -> TemplateStack {
        let key = [version.stackId.databaseValue, version.revisionId.databaseValue]
        let variables = try StackVariableRecord.fetchAll(
            db, sql: "SELECT * FROM stack_variable WHERE stack_id = ? AND revision_id = ? ORDER BY position",
            arguments: StatementArguments(key))
        var stack = TemplateStack(
            id: version.stackId, title: version.title, description: version.description, category: version.category,
            tags: version.tags, extends: version.extends, author: version.author, license: version.license,
            detect: version.detect, variables: variables.map(\.variable), file: [], sourcePath: version.sourcePath,
            format: TemplateFormat(rawValue: version.format) ?? .rulesmith)
        guard includeRules else { return stack }
        stack.file = try BlobRecord.bytes(version.stackFileHash, in: db)
        for (name, hash) in version.documents { stack.documents[name] = try BlobRecord.bytes(hash, in: db) }
        var skills: [String: SkillTemplate] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT skill, path, blob_hash, executable FROM skill_file WHERE stack_id = ? AND revision_id = ?",
            arguments: StatementArguments(key)) {
            let name: String = row["skill"]
            let path: String = row["path"]
            var skill = skills[name] ?? SkillTemplate(name: name, files: [:])
            skill.files[path] = try BlobRecord.bytes(row["blob_hash"], in: db)
            if row["executable"] as Bool { skill.executables.insert(path) }
            skills[name] = skill
        }
        stack.skills = skills.values.sorted { $0.name < $1.name }
        let rules = try RuleTemplateRecord.fetchAll(
            db, sql: "SELECT * FROM rule_template WHERE stack_id = ? AND revision_id = ? ORDER BY position",
            arguments: StatementArguments(key))
        for record in rules {
            let file = try BlobRecord.bytes(record.fileHash, in: db)
            stack.rules.append(RuleTemplate(
                id: record.ruleId, description: record.description, globs: record.globs, alwaysApply: record.alwaysApply,
                targets: record.targets, overrides: record.overrides, body: try BlobRecord.bytes(record.bodyHash, in: db),
                file: file, source: TemplateSourceFile(path: record.sourcePath, kind: .cursorMdc, bytes: file),
                essential: record.essential, versions: record.versions ?? [:]))
        }
        return stack
    }

    func revisionValue(_ record: RevisionRecord, _ db: Database) throws -> RegistryRevision {
        let stacks = try String.fetchAll(
            db, sql: "SELECT stack_id FROM stack_version WHERE revision_id = ? ORDER BY stack_id", arguments: [record.id])
        return RegistryRevision(
            id: record.id ?? 0, createdAt: record.createdAt, sourceKind: record.sourceKind, source: record.source,
            commit: record.commitId, ref: record.ref, format: record.format, summary: record.summary,
            allowedFindings: record.allowedFindings, stacks: stacks)
    }
}
