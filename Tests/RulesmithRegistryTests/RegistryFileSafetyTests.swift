import Foundation
import RulesmithTemplates
import Testing
@testable import RulesmithRegistry

/// Files that are not rulesmith registries are refused by name and left untouched.
@Suite struct RegistryFileSafetyTests {
    private func bytes(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("registry.sqlite")
        try folder.write(["registry.sqlite": "these are my notes, not a database\n"], under: "")
        let before = bytes(path)
        #expect(throws: RegistryError.self) { try TemplateRegistry.open(path: path) }
        do {
            _ = try TemplateRegistry.open(path: path)
        } catch let error as RegistryError {
            guard case .notADatabase(let named) = error else { Issue.record("unexpected \(error)"); return }
            #expect(named == path)
            #expect(error.description.hasPrefix(path + ": "))
        }
        #expect(bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func refusesAnotherApplicationsDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        let made = try ProcessRunner.run("/usr/bin/sqlite3", [path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me');"])
        #expect(made.status == 0)
        let before = bytes(path)
        do {
            _ = try TemplateRegistry.open(path: path, seed: TemplateSet(stacks: [], format: .rulesmith))
            Issue.record("a foreign database was opened")
        } catch RegistryError.foreignDatabase(let named) {
            #expect(named == path)
        }
        #expect(bytes(path) == before)
        let check = try ProcessRunner.run("/usr/bin/sqlite3", [path, "PRAGMA journal_mode; SELECT body FROM notes;"])
        #expect(check.standardOutput == "delete\nkeep me\n")
    }

    @Test func reportsADamagedRegistryByName() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("registry.sqlite")
        do {
            let registry = try TemplateRegistry.open(path: path)
            let set = try TemplateLayout.read(TemplateTree(rootName: "team", files: Fixtures.teamRepository.mapValues { Array($0.utf8) }))
            try registry.importStacks(set, source: .directory("/team"))
            try registry.close()
        }
        // Keep the header (so it still looks like SQLite), overwrite every page after the first.
        var damaged = try #require(bytes(path))
        #expect(damaged.count > 8192)
        for index in 4096..<damaged.count { damaged[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try Data(damaged).write(to: URL(fileURLWithPath: path))
        do {
            let registry = try TemplateRegistry.open(path: path)
            _ = try registry.list()
            _ = try registry.search("tests")
            Issue.record("a damaged registry was read without error")
        } catch let error as RegistryError {
            switch error {
            case .corrupt(let named, _), .notADatabase(let named), .foreignDatabase(let named): #expect(named == path)
            default: Issue.record("unexpected \(error)")
            }
            #expect(error.description.hasPrefix(path + ": "))
        }
        #expect(bytes(path) == damaged)
    }
}
