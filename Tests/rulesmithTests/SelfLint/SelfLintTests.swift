import Foundation
import Testing

/// We eat our own cooking: the project's rules files, llms.txt and Markdown documentation lint
/// with no error and no warning.
@Suite(.serialized)
struct SelfLintTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    @Test func theRepositoryLintsClean() throws {
        let result = try Rulesmith.run(["lint", "--strict", "."], in: Self.root)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("0 errors, 0 warnings"))
    }

    @Test func theDocumentationLintsCleanAsAgentInstructions() throws {
        // README-style documents are not an editor's rules file, but agents read them too:
        // their links, paths and text get the same checks.
        let candidates = [
            "README.md", "ARCHITECTURE.md", "SECURITY.md", "Templates/README.md", "Registry/README.md", "fuzz/README.md",
        ]
        let documents = candidates.filter { FileManager.default.fileExists(atPath: Self.root + "/" + $0) }
        #expect(documents.contains("README.md"))
        let config = Self.root + "/Tests/rulesmithTests/SelfLint/documentation.rulesmith.yml"
        let result = try Rulesmith.run(["lint", "--strict", "--config", config, "--kind", "agents-md"] + documents, in: Self.root)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
