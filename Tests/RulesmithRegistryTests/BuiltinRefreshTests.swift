import Foundation
import GRDB
import RulesmithTemplates
import Testing
@testable import RulesmithRegistry

/// A registry seeded by an older binary takes in the new built-in text as a new revision on the
/// next open that may write: older revisions stay byte for byte, an import's stacks are left
/// alone, a read-only open only tells, and concurrent opens store it once.
@Suite struct BuiltinRefreshTests {
    /// The built-in files as an older binary would have brought them: extra generic advice in
    /// two stacks and another Templates/README.md.
    static func oldFiles() -> [String: [UInt8]] {
        var files = BuiltinTemplateSet.files
        for path in ["Templates/go/go-errors.md", "Templates/rust/rust-errors.md", "Templates/README.md"] {
            guard let bytes = files[path] else { continue }
            files[path] = bytes + Array("\n- Old generic advice that the editorial pass removed.\n".utf8)
        }
        return files
    }

    static func set(_ files: [String: [UInt8]]) throws -> TemplateSet {
        try TemplateLayout.read(TemplateTree(rootName: "rulesmith", files: files))
    }

    /// A registry as an older binary left it: seeded from the old bundle, no bundle recorded.
    private func oldRegistry(in folder: TemporaryFolder) throws -> String {
        let path = folder.file("registry.sqlite")
        let registry = try TemplateRegistry.open(path: path, seed: try Self.set(Self.oldFiles()))
        try registry.write { db in try db.execute(sql: "DELETE FROM builtin_bundle") }
        try registry.close()
        return path
    }

    private func bytes(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    private func bundleRows(_ registry: TemplateRegistry) throws -> [Int64?] {
        try registry.read { db in
            try Row.fetchAll(db, sql: "SELECT revision_id FROM builtin_bundle ORDER BY id").map { $0["revision_id"] as Int64? }
        }
    }

    @Test func anOldBundleRegistryGetsTheNewBuiltinsAsANewRevision() throws {
        let folder = try TemporaryFolder()
        let path = try oldRegistry(in: folder)
        let before = try TemplateRegistry.open(path: path, access: .read)
        let pinnedFiles = try before.exportFiles(revision: 1)
        let pinnedGo = try before.stack("go", at: 1)
        try before.close()
        #expect(pinnedFiles == Self.oldFiles())

        let registry = try TemplateRegistry.open(path: path, seed: try BuiltinTemplateSet.load())
        let refresh = try #require(registry.builtinRefresh)
        #expect(refresh.kind == .refreshed(revision: 2))
        #expect(refresh.changedStacks == ["go", "rust"])
        #expect(refresh.keptStacks.isEmpty)
        #expect(refresh.line.contains("revision 2"))
        let revision = try registry.revision(2)
        #expect(revision.sourceKind == "builtin")
        #expect(revision.stacks == ["go", "rust"])
        #expect(revision.summary.hasPrefix("built-in templates refreshed: "))
        #expect(try registry.exportFiles() == BuiltinTemplateSet.files)
        // A repository pinned to revision 1 renders from exactly what it rendered before.
        #expect(try registry.exportFiles(revision: 1) == pinnedFiles)
        #expect(try registry.stack("go", at: 1) == pinnedGo)
        #expect(try bundleRows(registry) == [2])
    }

    @Test func aSecondOpenDoesNotReseed() throws {
        let folder = try TemporaryFolder()
        let path = try oldRegistry(in: folder)
        let seed = try BuiltinTemplateSet.load()
        try TemplateRegistry.open(path: path, seed: seed).close()
        let before = bytes(path)
        let again = try TemplateRegistry.open(path: path, seed: seed)
        #expect(again.builtinRefresh == nil)
        #expect(try again.latestRevision() == 2)
        #expect(try bundleRows(again) == [2])
        try again.close()
        #expect(bytes(path) == before)
    }

    @Test func concurrentOpensStoreTheNewBuiltinsOnce() throws {
        let folder = try TemporaryFolder()
        let path = try oldRegistry(in: folder)
        let seed = try BuiltinTemplateSet.load()
        let results = Collected()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let result = Result { () throws -> BuiltinRefresh? in
                let registry = try TemplateRegistry.open(path: path, seed: seed)
                defer { try? registry.close() }
                return registry.builtinRefresh
            }
            results.append(result)
        }
        let refreshes = try results.all.map { try $0.get() }
        #expect(refreshes.count == 4)
        #expect(refreshes.compactMap { $0 }.map(\.kind) == [.refreshed(revision: 2)])
        let registry = try TemplateRegistry.open(path: path)
        #expect(try registry.history().count == 2)
        #expect(try bundleRows(registry) == [2])
    }

    @Test func anImportedStackIsNeverOverwritten() throws {
        let folder = try TemporaryFolder()
        let path = try oldRegistry(in: folder)
        // The team keeps its own go stack (the old text with a line of its own).
        var teamFiles: [String: [UInt8]] = [:]
        for (file, bytes) in Self.oldFiles() where file.hasPrefix("Templates/go/") { teamFiles[file] = bytes }
        teamFiles["Templates/go/go-errors.md"]! += Array("- Our own rule: wrap with %w.\n".utf8)
        let team = try TemplateRegistry.open(path: path)
        try team.importStacks(try Self.set(teamFiles), source: .directory("/team"))
        let teamGo = try team.stack("go")
        try team.close()

        let registry = try TemplateRegistry.open(path: path, seed: try BuiltinTemplateSet.load())
        let refresh = try #require(registry.builtinRefresh)
        #expect(refresh.kind == .refreshed(revision: 3))
        #expect(refresh.changedStacks == ["rust"])
        #expect(refresh.keptStacks == ["go"])
        #expect(refresh.line.contains("kept your imported go"))
        #expect(try registry.stack("go") == teamGo)
        #expect(try registry.exportFiles(stacks: ["rust"]) == BuiltinTemplateSet.files.filter { $0.key.hasPrefix("Templates/rust/") })
    }

    @Test func aBundleThatChangesNothingIsRecordedWithoutARevision() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("registry.sqlite")
        let seed = try BuiltinTemplateSet.load()
        let first = try TemplateRegistry.open(path: path, seed: seed)
        // As a registry made before bundles were recorded.
        try first.write { db in try db.execute(sql: "DELETE FROM builtin_bundle") }
        try first.close()
        let registry = try TemplateRegistry.open(path: path, seed: seed)
        #expect(registry.builtinRefresh == nil)
        #expect(try registry.latestRevision() == 1)
        #expect(try bundleRows(registry) == [nil])
    }

    @Test func aRegistryMadeWithoutBuiltinsGetsNone() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("registry.sqlite")
        let team = try TemplateRegistry.open(path: path)
        try team.importStacks(
            try TemplateLayout.read(TemplateTree(rootName: "team", files: Fixtures.teamRepository.mapValues { Array($0.utf8) })),
            source: .directory("/team"))
        try team.close()
        let registry = try TemplateRegistry.open(path: path, seed: try BuiltinTemplateSet.load())
        #expect(registry.builtinRefresh == nil)
        #expect(try registry.history().map(\.sourceKind) == ["directory"])
    }

    @Test func aReadOnlyOpenTellsButNeverReseeds() throws {
        let folder = try TemporaryFolder()
        let path = try oldRegistry(in: folder)
        let seed = try BuiltinTemplateSet.load()
        let before = bytes(path)
        let reader = try TemplateRegistry.open(path: path, seed: seed, access: .read)
        #expect(reader.builtinRefresh?.kind == .pending)
        #expect(try reader.latestRevision() == 1)
        try reader.close()
        #expect(bytes(path) == before)
        let writer = try TemplateRegistry.open(path: path, seed: seed)
        #expect(writer.builtinRefresh?.kind == .refreshed(revision: 2))
        try writer.close()
        let after = try TemplateRegistry.open(path: path, seed: seed, access: .read)
        #expect(after.builtinRefresh == nil)
    }

    @Test func aDamagedOldRegistryIsStillRefusedWithoutAWrite() throws {
        let folder = try TemporaryFolder()
        let path = try oldRegistry(in: folder)
        var damaged = try #require(bytes(path))
        let pages = damaged.count / 4096
        for index in (pages - 1) * 4096..<pages * 4096 { damaged[index] = 0xA5 }
        try Data(damaged).write(to: URL(fileURLWithPath: path))
        for access in [TemplateRegistry.Access.read, .readWrite] {
            #expect(throws: RegistryError.self) {
                try TemplateRegistry.open(path: path, seed: try BuiltinTemplateSet.load(), access: access)
            }
            #expect(bytes(path) == damaged, "\(access)")
        }
    }
}

/// Results gathered from concurrent threads.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<BuiltinRefresh?, any Error>] = []

    func append(_ result: Result<BuiltinRefresh?, any Error>) {
        lock.withLock { results.append(result) }
    }

    var all: [Result<BuiltinRefresh?, any Error>] { lock.withLock { results } }
}
