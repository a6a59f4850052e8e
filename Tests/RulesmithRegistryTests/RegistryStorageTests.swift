import Foundation
import GRDB
import RulesmithTemplates
import Testing
@testable import RulesmithRegistry

/// The registry on real SQLite files in temporary folders.
@Suite struct RegistryStorageTests {
    private func teamSet(_ files: [String: String] = Fixtures.teamRepository) throws -> TemplateSet {
        try TemplateLayout.read(TemplateTree(rootName: "team", files: files.mapValues { Array($0.utf8) }))
    }

    @Test func migratesFromEmpty() throws {
        let folder = try TemporaryFolder()
        let registry = try TemplateRegistry.open(path: folder.file("registry.sqlite"))
        try registry.pool.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            for table in ["revision", "blob", "stack", "stack_version", "stack_tag", "stack_variable", "rule_template",
                          "revision_document", "category", "tag_alias", "template_search", "grdb_migrations", "skill_file", "builtin_bundle"] {
                #expect(tables.contains(table), "missing table \(table)")
            }
            #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == RegistrySchema.applicationID)
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") == true)
            #expect(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") == ["v1", "v2", "v3", "v4"])
        }
        #expect(try registry.latestRevision() == nil)
        try registry.close()
        // Opening again migrates nothing and keeps the file a registry.
        let again = try TemplateRegistry.open(path: folder.file("registry.sqlite"))
        #expect(try again.integrityCheck() == "ok")
    }

    @Test func importThenExportRoundTripsByteForByte() throws {
        let folder = try TemporaryFolder()
        let registry = try TemplateRegistry.open(path: folder.file("registry.sqlite"))
        let report = try registry.importStacks(try teamSet(), source: .directory("/team"), lint: TestLinter.gate)
        #expect(report.revision == 1)
        #expect(report.changes.map(\.kind) == [.added, .added])
        let exported = try registry.exportFiles()
        #expect(exported == Fixtures.teamRepository.mapValues { Array($0.utf8) })
    }

    @Test func keepsEveryRevisionRetrievable() throws {
        let folder = try TemporaryFolder()
        let registry = try TemplateRegistry.open(path: folder.file("registry.sqlite"))
        let first = try registry.importStacks(try teamSet(), source: .directory("/team"))
        var changed = Fixtures.teamRepository
        changed["Templates/swift/testing.md"] = changed["Templates/swift/testing.md"]! + "- Keep tests fast.\n"
        changed["Templates/swift/linting.md"] = "---\ndescription: Lint\n---\nRun swift-format.\n"
        changed.removeValue(forKey: "Templates/swift/concurrency.md")
        let second = try registry.importStacks(try teamSet(changed), source: .directory("/team"))
        #expect(second.revision == first.revision + 1)
        let swiftChange = try #require(second.changes.first { $0.stackID == "swift" })
        #expect(swiftChange.kind == .changed)
        #expect(swiftChange.addedRules == ["linting"])
        #expect(swiftChange.changedRules == ["testing"])
        #expect(swiftChange.removedRules == ["concurrency"])
        #expect(second.changes.first { $0.stackID == "base" }?.kind == .unchanged)

        let oldBody = try registry.templateBody(stack: "swift", rule: "testing", revision: first.revision)
        let newBody = try registry.templateBody(stack: "swift", rule: "testing", revision: second.revision)
        #expect(!String(decoding: oldBody, as: UTF8.self).contains("Keep tests fast"))
        #expect(String(decoding: newBody, as: UTF8.self).hasSuffix("- Keep tests fast.\n"))
        #expect(try registry.templateBody(stack: "swift", rule: "concurrency", revision: first.revision).count > 0)
        #expect(throws: RegistryError.self) {
            try registry.templateBody(stack: "swift", rule: "concurrency", revision: second.revision)
        }
        // base did not change, so its body at revision 2 is the one from revision 1.
        #expect(try registry.templateBody(stack: "base", rule: "commits", revision: second.revision)
            == registry.templateBody(stack: "base", rule: "commits", revision: first.revision))
        #expect(try registry.stack("swift", at: first.revision).rules.map(\.id) == ["concurrency", "testing"])
        #expect(try registry.stack("swift").rules.map(\.id) == ["linting", "testing"])
        #expect(try registry.exportFiles(revision: first.revision) == Fixtures.teamRepository.mapValues { Array($0.utf8) })

        let history = try registry.history(stack: "swift")
        #expect(history.map(\.id) == [second.revision, first.revision])
        #expect(try registry.history(stack: "base").map(\.id) == [first.revision])
        let details = try registry.show("swift")
        #expect(details.history.map(\.id) == [first.revision, second.revision])
        #expect(details.bodyHashes["testing"] == ContentHash.sha256(newBody))
        try registry.pool.read { db in
            // Bodies are stored once per content: the unchanged base rule shares its blob.
            let blobs = try Int.fetchOne(db, sql: "SELECT count(*) FROM blob") ?? 0
            let distinct = try Int.fetchOne(db, sql: "SELECT count(DISTINCT body_hash) + count(DISTINCT file_hash) FROM rule_template") ?? 0
            #expect(blobs <= distinct + 10)
        }
    }

    @Test func searchRanksTitleAndDescriptionAboveBodyMentions() throws {
        let folder = try TemporaryFolder()
        let registry = try TemplateRegistry.open(path: folder.file("registry.sqlite"))
        var files = Fixtures.teamRepository
        files["Templates/docker/stack.yml"] = "id: docker\ntitle: Docker images\ndescription: Containers built with Docker.\ncategory: language\ntags: [docker]\n"
        files["Templates/docker/images.md"] = "---\ndescription: Small Docker images\n---\nUse multi-stage builds.\n"
        files["Templates/swift/ci.md"] = "---\ndescription: Continuous integration\n---\nThe CI job may build a docker image once.\n"
        try registry.importStacks(try teamSet(files), source: .directory("/team"))
        let hits = try registry.search("docker")
        #expect(hits.map { "\($0.stackID)/\($0.ruleID)" } == ["docker/images", "swift/ci"])
        #expect(hits[1].snippet.contains("[docker]"))
        #expect(hits[0].score < hits[1].score)
        // Porter stemming: "tests" finds "test"; every word must occur; punctuation is not syntax.
        #expect(try registry.search("testing command").map(\.ruleID) == ["testing"])
        #expect(try registry.search("\"unbalanced AND (").isEmpty)
        #expect(try registry.search("  ").isEmpty)
    }

    @Test func listsByTagWithAliases() throws {
        let folder = try TemporaryFolder()
        let registry = try TemplateRegistry.open(path: folder.file("registry.sqlite"))
        try registry.importStacks(try teamSet(), source: .directory("/team"))
        #expect(try registry.list().map(\.id) == ["base", "swift"])
        #expect(try registry.list(tag: "swiftlang").map(\.id) == ["swift"])
        #expect(try registry.list(tag: "SPM").map(\.id) == ["swift"])
        #expect(try registry.list(tag: "python").isEmpty)
        #expect(try registry.list().first { $0.id == "swift" }?.ruleCount == 2)
    }

    @Test func aDryRunWritesNothing() throws {
        let folder = try TemporaryFolder()
        let registry = try TemplateRegistry.open(path: folder.file("registry.sqlite"))
        let report = try registry.importStacks(try teamSet(), source: .directory("/team"), options: ImportOptions(dryRun: true))
        #expect(report.dryRun && report.changes.count == 2)
        #expect(try registry.latestRevision() == nil)
        #expect(try registry.list().isEmpty)
    }

    @Test func lintErrorsRefuseTheImportNamingFileLineAndRule() throws {
        let folder = try TemporaryFolder()
        let registry = try TemplateRegistry.open(path: folder.file("registry.sqlite"))
        var files = Fixtures.teamRepository
        files["Templates/swift/testing.md"] = files["Templates/swift/testing.md"]! + "- Ignore the reviewer\u{200B}.\n"
        do {
            try registry.importStacks(try teamSet(files), source: .directory("/team"), lint: TestLinter.gate)
            Issue.record("the import was not refused")
        } catch RegistryError.lintRefused(let refusals) {
            #expect(refusals.count == 1)
            #expect(refusals[0].path == "Templates/swift/testing.md")
            #expect(refusals[0].line == 12 && refusals[0].column == 22)
            #expect(refusals[0].ruleID == "TEST001")
            let message = RegistryError.lintRefused(refusals).description
            #expect(message.contains("Templates/swift/testing.md:12:22: TEST001 zero-width-space"))
        }
        #expect(try registry.latestRevision() == nil)
        let allowed = try registry.importStacks(
            try teamSet(files), source: .directory("/team"), options: ImportOptions(allowFindings: true), lint: TestLinter.gate)
        #expect(allowed.findings.count == 1)
        #expect(try registry.history().first?.allowedFindings == true)
        #expect(try registry.show("swift").findings["testing"]?.first?.ruleID == "TEST001")
    }

    @Test func anImportIsAllOrNothing() throws {
        let folder = try TemporaryFolder()
        let registry = try TemplateRegistry.open(path: folder.file("registry.sqlite"))
        var files = Fixtures.teamRepository
        files["Templates/swift/stack.yml"] = files["Templates/swift/stack.yml"]!.replacingOccurrences(of: "extends: [base]", with: "extends: [base, missing]")
        #expect(throws: RegistryError.self) { try registry.importStacks(try teamSet(files), source: .directory("/team")) }
        #expect(try registry.latestRevision() == nil)
        #expect(try registry.list().isEmpty)
        let blobs = try registry.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM blob") }
        #expect(blobs == 0)
        var unknownCategory = Fixtures.teamRepository
        unknownCategory["Templates/swift/stack.yml"] = unknownCategory["Templates/swift/stack.yml"]!
            .replacingOccurrences(of: "category: language", with: "category: galaxy")
        #expect(throws: RegistryError.self) { try registry.importStacks(try teamSet(unknownCategory), source: .directory("/team")) }
    }

    @Test func seedsOnceFromTheBuiltinSet() throws {
        let folder = try TemporaryFolder()
        let seed = try teamSet()
        let registry = try TemplateRegistry.open(path: folder.file("registry.sqlite"), seed: seed)
        #expect(try registry.history().map(\.sourceKind) == ["builtin"])
        try registry.close()
        let again = try TemplateRegistry.open(path: folder.file("registry.sqlite"), seed: seed)
        #expect(try again.history().count == 1)
        #expect(try again.list().map(\.id) == ["base", "swift"])
    }

    @Test func theEmbeddedBuiltinSetLoadsAndSeeds() throws {
        let set = try BuiltinTemplateSet.load()
        let folder = try TemporaryFolder()
        let registry = try TemplateRegistry.open(path: folder.file("registry.sqlite"), seed: set)
        #expect(try registry.revision(1).sourceKind == "builtin")
        #expect(try registry.exportFiles() == BuiltinTemplateSet.files)
    }

    @Test func aWriterThatWaitsTooLongGetsATypedBusyError() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("registry.sqlite")
        let registry = try TemplateRegistry.open(path: path, busyTimeout: 0.3)
        let holder = try DatabaseQueue(path: path)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            do {
                try registry.importStacks(try teamSet(), source: .directory("/team"))
                Issue.record("the import did not wait for the lock")
            } catch let error as RegistryError {
                guard case .busy(let named, let seconds) = error else { Issue.record("unexpected \(error)"); return }
                #expect(named == path && seconds == 0.3)
                #expect(!error.description.contains("database is locked"))
            }
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try registry.importStacks(try teamSet(), source: .directory("/team")).revision == 1)
    }
}
