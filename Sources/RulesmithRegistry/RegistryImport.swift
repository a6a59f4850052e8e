import Foundation
import GRDB
import RulesmithLint
import RulesmithTemplates

extension TemplateRegistry {
    /// Imports `set` as one new revision, atomically: every stack and template is stored, or none.
    ///
    /// Each rule's source file is linted first with `lint`; an error-severity finding refuses the
    /// whole import (naming file, line and rule) unless `options.allowFindings`. Stacks whose bytes
    /// did not change keep their previous version; changed ones get a new version under the new
    /// revision, so older bodies stay retrievable. Nothing is deleted.
    @discardableResult
    public func importStacks(
        _ set: TemplateSet, source: ImportSource, options: ImportOptions = ImportOptions(), lint: TemplateLinter? = nil
    ) throws -> ImportReport {
        try checkDuplicates(set)
        let (findings, refusals, stored) = lintTemplates(set, lint: lint)
        if !refusals.isEmpty, !options.allowFindings { throw RegistryError.lintRefused(refusals) }
        return try mapped {
            try pool.writeWithoutTransaction { db -> ImportReport in
                var report: ImportReport?
                try db.inTransaction(.immediate) {
                    report = try write(set, source: source, options: options, findings: findings, stored: stored, db: db)
                    return options.dryRun ? .rollback : .commit
                }
                guard let report else { throw RegistryError.database(path: path, detail: "import produced no revision") }
                return report
            }
        }
    }

    private func checkDuplicates(_ set: TemplateSet) throws {
        var seen: [String: String] = [:]
        for stack in set.stacks {
            if let other = seen[stack.id] {
                throw RegistryError.template(.duplicateStack(id: stack.id, paths: [other, stack.sourcePath]))
            }
            seen[stack.id] = stack.sourcePath
        }
    }

    /// Lints every rule's source file, and the strings of every stack.yml and frontmatter with the
    /// security rules: findings to report, error findings that refuse the import, and what to
    /// store per rule (`stack/rule` → findings). The template's own configuration does not exist
    /// here and its inline comments cannot silence a security rule.
    private func lintTemplates(
        _ set: TemplateSet, lint: TemplateLinter?
    ) -> ([LintRefusal], [LintRefusal], [String: [StoredFinding]]) {
        guard let lint else { return ([], [], [:]) }
        var findings: [LintRefusal] = []
        var refusals: [LintRefusal] = []
        var stored: [String: [StoredFinding]] = [:]
        var fileFindings = Set<String>()
        func key(_ path: String, _ diagnostic: Diagnostic) -> String { "\(path):\(diagnostic.start.line):\(diagnostic.ruleID)" }
        func record(_ diagnostic: Diagnostic, path: String, stack: String, rule: String?) {
            let refusal = LintRefusal(
                path: path, line: diagnostic.start.line, column: diagnostic.start.column,
                ruleID: diagnostic.ruleID, ruleName: diagnostic.ruleName, message: diagnostic.message)
            if diagnostic.severity == .error { refusals.append(refusal) }
            findings.append(refusal)
            guard let rule else { return }
            stored["\(stack)/\(rule)", default: []].append(StoredFinding(
                ruleID: diagnostic.ruleID, severity: diagnostic.severity, line: diagnostic.start.line,
                column: diagnostic.start.column, message: diagnostic.message))
        }
        for stack in set.stacks {
            for rule in stack.rules {
                for diagnostic in lint(rule.source) {
                    fileFindings.insert(key(rule.source.path, diagnostic))
                    record(diagnostic, path: rule.source.path, stack: stack.id, rule: rule.id)
                }
            }
            // The stack's MCP servers and skill files reach repositories as they are: the same
            // gate (a literal secret in a server's env, a skill script piping the network into a
            // shell) refuses them.
            for file in stack.assetSourceFiles {
                for diagnostic in lint(file) {
                    fileFindings.insert(key(file.path, diagnostic))
                    record(diagnostic, path: file.path, stack: stack.id, rule: nil)
                }
            }
        }
        // What the file scan cannot see: stack.yml (titles, descriptions, variable defaults) and
        // frontmatter values as YAML decodes them.
        // A hidden character in frontmatter shows in both scans; it is reported once.
        for finding in TemplateMetadataScan.findings(in: set) where !fileFindings.contains(key(finding.diagnostic.path, finding.diagnostic)) {
            record(finding.diagnostic, path: finding.diagnostic.path, stack: finding.stackID, rule: finding.ruleID)
        }
        return (findings, refusals, stored)
    }

    func write(
        _ set: TemplateSet, source: ImportSource, options: ImportOptions, findings: [LintRefusal],
        stored: [String: [StoredFinding]], db: Database
    ) throws -> ImportReport {
        let index = try currentIndex(db).merging(set.index ?? RegistryIndex())
        var known = try currentStacks(db)
        for stack in set.stacks { known[stack.id] = stack }
        for stack in set.stacks { try validate(stack, index: index, known: known) }

        var revision = RevisionRecord(
            id: nil, createdAt: ISO8601DateFormatter().string(from: Date()), sourceKind: source.kind,
            source: source.location, commitId: { if case .git(_, let commit, _) = source { commit } else { nil } }(),
            ref: { if case .git(_, _, let ref) = source { ref } else { nil } }(),
            format: set.format.rawValue, summary: "", allowedFindings: options.allowFindings && !findings.isEmpty)
        try revision.insert(db)
        let revisionID = revision.id!

        var changes: [StackChange] = []
        for stack in set.stacks {
            changes.append(try store(stack, revision: revisionID, index: index, stored: stored, db: db))
        }
        for (path, bytes) in set.documents.sorted(by: { $0.key < $1.key }) {
            let hash = try BlobRecord.store(bytes, hash: ContentHash.sha256(bytes), in: db)
            try RevisionDocumentRecord(revisionId: revisionID, path: path, blobHash: hash).insert(db)
        }
        if let imported = set.index {
            for category in imported.categories {
                try CategoryRecord(id: category.id, title: category.title, revisionId: revisionID).save(db)
            }
            for (alias, tag) in imported.tagAliases {
                try TagAliasRecord(alias: alias, tag: tag, revisionId: revisionID).save(db)
            }
        }
        let count = { (kind: StackChange.Kind) in changes.count { $0.kind == kind } }
        let rules = set.stacks.reduce(0) { $0 + $1.rules.count }
        revision.summary = "\(set.stacks.count) stack\(set.stacks.count == 1 ? "" : "s") (\(count(.added)) added, "
            + "\(count(.changed)) changed, \(count(.unchanged)) unchanged), \(rules) rule\(rules == 1 ? "" : "s")"
        try revision.update(db)
        return ImportReport(
            revision: revisionID, dryRun: options.dryRun, changes: changes, findings: findings, summary: revision.summary)
    }

    private func validate(_ stack: TemplateStack, index: RegistryIndex, known: [String: TemplateStack]) throws {
        if !index.categories.isEmpty, !index.categories.contains(where: { $0.id == stack.category }) {
            throw RegistryError.template(.malformedStack(
                path: stack.sourcePath + "/stack.yml",
                reason: "category '\(stack.category)' is not in the index (\(index.categories.map(\.id).joined(separator: ", ")))"))
        }
        _ = try StackResolver.resolve(stack.id, in: known)
        if stack.format == .rulesmith { try StackResolver.checkPlaceholders(of: stack, in: known) }
    }

    /// Stores one stack under `revision` unless its bytes are unchanged; keeps the FTS index on
    /// the current versions.
    private func store(
        _ stack: TemplateStack, revision: Int64, index: RegistryIndex, stored: [String: [StoredFinding]], db: Database
    ) throws -> StackChange {
        let contentHash = stack.contentHash
        let previous = try StackRecord.fetchOne(db, key: stack.id)
        var oldRules: [String: String] = [:]
        if let previous {
            let version = try StackVersionRecord.fetchOne(
                db, key: ["stack_id": stack.id, "revision_id": previous.currentRevision])
            if version?.contentHash == contentHash {
                return StackChange(stackID: stack.id, kind: .unchanged, addedRules: [], changedRules: [], removedRules: [])
            }
            for row in try Row.fetchAll(
                db, sql: "SELECT rule_id, file_hash FROM rule_template WHERE stack_id = ? AND revision_id = ?",
                arguments: [stack.id, previous.currentRevision]) {
                oldRules[row["rule_id"]] = row["file_hash"]
            }
            try db.execute(sql: "UPDATE stack SET current_revision = ? WHERE id = ?", arguments: [revision, stack.id])
        } else {
            try StackRecord(id: stack.id, createdRevision: revision, currentRevision: revision).insert(db)
        }
        var documents: [String: String] = [:]
        for (name, bytes) in stack.documents {
            documents[name] = try BlobRecord.store(bytes, hash: ContentHash.sha256(bytes), in: db)
        }
        try StackVersionRecord(
            stackId: stack.id, revisionId: revision, title: stack.title, description: stack.description,
            category: stack.category, author: stack.author, license: stack.license, tags: stack.tags,
            extends: stack.extends, detect: stack.detect, format: stack.format.rawValue, sourcePath: stack.sourcePath,
            stackFileHash: try BlobRecord.store(stack.file, hash: ContentHash.sha256(stack.file), in: db),
            contentHash: contentHash, documents: documents
        ).insert(db)
        for tag in Set(stack.tags) { try StackTagRecord(stackId: stack.id, revisionId: revision, tag: tag).insert(db) }
        for skill in stack.skills {
            for path in skill.sortedPaths {
                let bytes = skill.files[path]!
                try db.execute(
                    sql: "INSERT INTO skill_file (stack_id, revision_id, skill, path, blob_hash, executable) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [
                        stack.id, revision, skill.name, path, try BlobRecord.store(bytes, hash: ContentHash.sha256(bytes), in: db),
                        skill.executables.contains(path),
                    ])
            }
        }
        for (position, variable) in stack.variables.enumerated() {
            try StackVariableRecord(
                stackId: stack.id, revisionId: revision, name: variable.name, position: position,
                description: variable.description, defaultValue: variable.defaultValue, pattern: variable.pattern,
                fromFact: variable.from
            ).insert(db)
        }
        try db.execute(sql: "DELETE FROM template_search WHERE stack_id = ?", arguments: [stack.id])
        let searchTags = Set(stack.tags.flatMap { index.spellings(of: $0) }).sorted().joined(separator: " ")
        var added: [String] = []
        var changed: [String] = []
        for (position, rule) in stack.rules.enumerated() {
            let fileHash = try BlobRecord.store(rule.file, hash: rule.fileHash, in: db)
            if let old = oldRules[rule.id] {
                if old != fileHash { changed.append(rule.id) }
            } else {
                added.append(rule.id)
            }
            try RuleTemplateRecord(
                stackId: stack.id, revisionId: revision, ruleId: rule.id, position: position,
                description: rule.description, globs: rule.globs, alwaysApply: rule.alwaysApply,
                activation: rule.activation.rawValue, targets: rule.targets, overrides: rule.overrides,
                bodyHash: try BlobRecord.store(rule.body, hash: rule.bodyHash, in: db), fileHash: fileHash,
                sourcePath: rule.source.path, findings: stored["\(stack.id)/\(rule.id)"] ?? [],
                versions: rule.versions.isEmpty ? nil : rule.versions, essential: rule.essential
            ).insert(db)
            try db.execute(
                sql: """
                    INSERT INTO template_search (stack_id, rule_id, title, description, tags, body)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    stack.id, rule.id, stack.title, [rule.description ?? "", stack.description].joined(separator: "\n"),
                    "\(stack.id) \(rule.id) \(searchTags)", String(decoding: rule.body, as: UTF8.self),
                ])
        }
        // Skills and MCP servers are found by search too: `skill:<name>` and `mcp:<name>` rows.
        for skill in stack.skills {
            let text = String(decoding: skill.files["SKILL.md"] ?? [], as: UTF8.self)
            try db.execute(
                sql: "INSERT INTO template_search (stack_id, rule_id, title, description, tags, body) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [stack.id, "skill:\(skill.name)", stack.title, stack.description, "\(stack.id) \(skill.name) skill \(searchTags)", text])
        }
        if let mcpFile = stack.mcpFile {
            for name in (try? MCPServerTemplates.validate(mcpFile, path: "")) ?? [] {
                try db.execute(
                    sql: "INSERT INTO template_search (stack_id, rule_id, title, description, tags, body) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [stack.id, "mcp:\(name)", stack.title, stack.description, "\(stack.id) \(name) mcp \(searchTags)", String(decoding: mcpFile, as: UTF8.self)])
            }
        }
        let removed = oldRules.keys.filter { id in !stack.rules.contains { $0.id == id } }.sorted()
        return StackChange(
            stackID: stack.id, kind: previous == nil ? .added : .changed, addedRules: previous == nil ? [] : added,
            changedRules: changed, removedRules: removed)
    }
}
