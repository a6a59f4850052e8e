import Foundation
import Testing
@testable import RulesmithRegistry

/// The registry through the real `rulesmith` executable: concurrency, failures, layouts on disk.
@Suite struct RegistryProcessTests {
    /// A template repository with `stacks` stacks of `rules` rules each, all names prefixed.
    private func generatedRepository(prefix: String, stacks: Int, rules: Int) -> [String: String] {
        var files: [String: String] = [:]
        for stack in 0..<stacks {
            let id = "\(prefix)-\(stack)"
            files["Templates/\(id)/stack.yml"] = "id: \(id)\ntitle: Stack \(prefix) \(stack)\ndescription: Generated stack.\ncategory: language\ntags: [\(prefix)]\n"
            for rule in 0..<rules {
                files["Templates/\(id)/rule-\(rule).md"] = "---\ndescription: Rule \(rule) of \(id)\nglobs: [\"src/**/*.\(prefix)\"]\n---\n"
                    + String(repeating: "- Keep \(prefix) module \(rule) small and tested; document public API.\n", count: 20)
            }
        }
        return files
    }

    @Test func twoProcessesImportingAtOnceBothSucceed() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write(generatedRepository(prefix: "alpha", stacks: 60, rules: 8), under: "alpha")
        let second = try folder.write(generatedRepository(prefix: "beta", stacks: 60, rules: 8), under: "beta")
        let database = folder.file("shared/registry.sqlite")
        let processes = try [first, second].map { path in
            try ProcessRunner.start(ProcessRunner.rulesmith, ["registry", "import", path, "--registry", database])
        }
        let results = processes.map(ProcessRunner.finish)
        for result in results {
            #expect(result.status == 0, "\(result.standardError)")
            #expect(!result.standardError.lowercased().contains("locked"))
            #expect(!result.standardError.lowercased().contains("busy"))
        }
        let registry = try TemplateRegistry.open(path: database)
        #expect(try registry.integrityCheck() == "ok")
        let revisions = try registry.history()
        #expect(revisions.count == 3)
        #expect(revisions.filter { $0.sourceKind == "builtin" }.count == 1)
        #expect(Set(revisions.filter { $0.sourceKind == "directory" }.map(\.source)) == [first, second])
        #expect(try registry.list(tag: "alpha").count == 60)
        #expect(try registry.list(tag: "beta").count == 60)
        #expect(try registry.search("beta module").count == 20)
    }

    @Test func aCorruptOrForeignFileExitsTwoNamingItAndStaysUntouched() throws {
        let folder = try TemporaryFolder()
        try folder.write(["notes.sqlite": "not a database at all\n"], under: "")
        _ = try ProcessRunner.run("/usr/bin/sqlite3", [folder.file("app.db"), "CREATE TABLE t (x); INSERT INTO t VALUES (1);"])
        for name in ["notes.sqlite", "app.db"] {
            let path = folder.file(name)
            let before = FileManager.default.contents(atPath: path)
            let result = try ProcessRunner.run(ProcessRunner.rulesmith, ["registry", "list", "--registry", path])
            #expect(result.status == 2)
            #expect(result.standardError.hasPrefix("rulesmith: \(path): "))
            #expect(result.standardError.split(separator: "\n").count == 1)
            #expect(FileManager.default.contents(atPath: path) == before)
        }
        let environment = try ProcessRunner.run(
            ProcessRunner.rulesmith, ["registry", "list"], environment: ["RULESMITH_REGISTRY": folder.file("notes.sqlite")])
        #expect(environment.status == 2 && environment.standardError.contains(folder.file("notes.sqlite")))
    }

    @Test func symbolicLinksInATemplateFolderAreRefused() throws {
        let folder = try TemporaryFolder()
        let repository = try folder.write(Fixtures.teamRepository, under: "team")
        try folder.write(["secret.md": "---\ndescription: outside\n---\nnot a template\n"], under: "outside")
        try FileManager.default.createSymbolicLink(
            atPath: repository + "/Templates/swift/linked.md", withDestinationPath: folder.file("outside/secret.md"))
        let database = folder.file("registry.sqlite")
        let result = try ProcessRunner.run(ProcessRunner.rulesmith, ["registry", "import", repository, "--registry", database])
        #expect(result.status == 2)
        #expect(result.standardError.contains("Templates/swift/linked.md: symbolic link"))
        let history = try ProcessRunner.run(ProcessRunner.rulesmith, ["registry", "history", "--registry", database])
        #expect(!history.standardOutput.contains("directory"))
    }

    @Test func importExportAndDetectThroughTheCommandLine() throws {
        let folder = try TemporaryFolder()
        let repository = try folder.write(Fixtures.teamRepository, under: "team")
        let database = folder.file("data/registry.sqlite")
        let environment = ["XDG_DATA_HOME": folder.file("data-home")]
        let dryRun = try ProcessRunner.run(
            ProcessRunner.rulesmith, ["registry", "import", repository, "--dry-run", "--registry", database])
        #expect(dryRun.status == 0 && dryRun.standardOutput.hasPrefix("dry run: would create revision 2"))
        let imported = try ProcessRunner.run(ProcessRunner.rulesmith, ["registry", "import", repository, "--registry", database])
        #expect(imported.status == 0, "\(imported.standardError)")
        let exported = try ProcessRunner.run(
            ProcessRunner.rulesmith, ["registry", "export", folder.file("out"), "--stack", "base", "--stack", "swift", "--registry", database])
        #expect(exported.status == 0, "\(exported.standardError)")
        let written = try folder.read(under: "out")
        for (path, text) in Fixtures.teamRepository where path.hasPrefix("Templates/") && path != "Templates/README.md" {
            #expect(written[path] == Array(text.utf8), "\(path) differs after export")
        }
        let project = try folder.write([
            "Package.swift": "let package = Package(dependencies: [.package(url: \"https://github.com/apple/swift-argument-parser\", from: \"1.5.0\")])\n",
            "Sources/App/main.swift": "print(1)\n",
        ], under: "project")
        let detect = try ProcessRunner.run(ProcessRunner.rulesmith, ["detect", project, "--registry", database, "--format", "json"])
        #expect(detect.status == 0, "\(detect.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(detect.standardOutput.utf8)) as? [String: Any]
        #expect(json?["version"] as? Int == 1)
        let root = (json?["projects"] as? [[String: Any]])?.first { $0["path"] as? String == "." }
        let stacks = root?["stacks"] as? [[String: Any]]
        // The built-in swift-package stack matches too; the team's `swift` stack (detected by its
        // hints: the file and the dependency) must be among the matches.
        let swift = stacks?.first { $0["id"] as? String == "swift" }
        #expect(swift != nil)
        #expect((swift?["evidence"] as? [String]) == ["Package.swift", "Package.swift:1"])
        #expect(stacks?.contains { $0["id"] as? String == "swift-package" } == true)
        // Without --registry the location comes from XDG_DATA_HOME, created and seeded on first use.
        let seeded = try ProcessRunner.run(ProcessRunner.rulesmith, ["registry", "history"], environment: environment)
        #expect(seeded.status == 0 && seeded.standardOutput.contains("builtin"))
        #expect(FileManager.default.fileExists(atPath: folder.file("data-home/rulesmith/registry.sqlite")))
    }
}
