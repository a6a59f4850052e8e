import Foundation
import RulesmithFacts
import RulesmithKit
import RulesmithTestSupport
import Testing

/// Reading a folder for the facts: git's tracked files in a work tree, a .gitignore-honouring
/// walk elsewhere, files read only inside the folder and under the size cap; the JSON contract.
@Suite struct RepositoryFactsReaderTests {
    private func git(_ arguments: [String], in folder: String) throws {
        let environment = GitTestEnvironment.isolated(home: folder, name: "Test", email: "test@example.invalid")
        let result = try Subprocess.run("/usr/bin/git", arguments, in: folder, environment: environment)
        #expect(result.status == 0, "git \(arguments): \(result.stderr)")
    }

    @Test func aWorkTreeIsReadFromTheIndex() throws {
        let folder = try TemporaryDirectory()
        try folder.write("api/go.mod", "module example.com/api\n\ngo 1.22\n")
        try git(["init", "-q"], in: folder.path)
        try git(["add", "api/go.mod"], in: folder.path)
        try folder.write("web/package.json", #"{"dependencies": {"react-dom": "18.3.1"}}"#)
        let facts = try RepositoryFactsReader.read(folder.path)
        #expect(facts.projects.map(\.path) == ["api"], "untracked web/ is not a fact of the repository")
        let inside = try RepositoryFactsReader.read(folder.path + "/api")
        #expect(inside.projects.map(\.path) == ["."], "a sub-folder is read relative to itself")
    }

    @Test func aPlainFolderIsWalkedHonouringGitIgnore() throws {
        let folder = try TemporaryDirectory()
        try folder.write(".gitignore", "generated/\n")
        try folder.write("Cargo.toml", "[package]\nname = \"x\"\nedition = \"2021\"\n")
        try folder.write("generated/package.json", #"{"dependencies": {"next": "15.0.0"}}"#)
        let facts = try RepositoryFactsReader.read(folder.path)
        #expect(facts.projects.map(\.path) == ["."])
        #expect(facts.projects.first?.versions["rust-edition"]?.evidence.description == "Cargo.toml:3")
    }

    @Test func oversizedAndOutsideFilesAreNotRead() throws {
        let folder = try TemporaryDirectory()
        let outside = try TemporaryDirectory()
        try outside.write("package.json", #"{"dependencies": {"express": "4.19.0"}}"#)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/package.json", withDestinationPath: outside.path + "/package.json")
        try folder.write("pyproject.toml", "[project]\nname = \"x\"\ndependencies = [\"fastapi\"]\n" + String(repeating: "# padding\n", count: 120_000))
        let facts = try RepositoryFactsReader.read(folder.path)
        let stacks = facts.projects.flatMap(\.stacks).map(\.id)
        #expect(stacks == ["python"], "the link leaves the folder and the pyproject is over 1 MiB: \(stacks)")
    }

    @Test func theJSONContract() throws {
        let folder = try TemporaryDirectory()
        try folder.write("package.json", "{\n  \"scripts\": {\n    \"test\": \"vitest run\"\n  },\n  \"dependencies\": {\"react\": \"18.3.1\", \"react-dom\": \"18.3.1\"}\n}\n")
        try folder.write("pnpm-lock.yaml", "lockfileVersion: '9.0'\n")
        let facts = try RepositoryFactsReader.read(folder.path)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(FactsOutput.json(facts, path: ".").utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        let project = try #require((json["projects"] as? [[String: Any]])?.first)
        #expect(project["path"] as? String == ".")
        #expect((project["stacks"] as? [[String: Any]])?.first?["evidence"] as? [String] == ["package.json:5"])
        #expect((project["packageManager"] as? [String: Any])?["name"] as? String == "pnpm")
        let test = (project["commands"] as? [String: Any])?["test"] as? [String: Any]
        #expect(test?["command"] as? String == "pnpm test")
        #expect(test?["evidence"] as? String == "package.json:3")
        #expect(((project["versions"] as? [String: Any])?["react"] as? [String: Any])?["major"] as? Int == 18)
        #expect(FactsOutput.text(facts, path: ".").contains("test  pnpm test    package.json:3 (package.json)"))
    }
}
