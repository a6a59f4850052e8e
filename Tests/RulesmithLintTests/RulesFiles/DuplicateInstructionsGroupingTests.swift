import RulesmithEditors
import RulesmithTestSupport
import RulesmithText
import Testing
@testable import RulesmithLint

/// RF005 counts a monorepo's copies by groups (same text, folder and kind) instead of comparing
/// every pair; these runs hold it to the pairwise comparison it replaced
/// (`PairwiseDuplicateInstructions`), finding for finding: copies in many folders, several
/// kinds in one folder, near copies, an import beside a pasted copy, and the real corpus.
@Suite struct DuplicateInstructionsGroupingTests {
    static let text = """
        # Project rules

        Use bun, never npm. Run the full test suite before every commit and keep it green.
        Write TypeScript in strict mode; prefer small pure functions and explicit return types.
        Name files in kebab-case and keep React components in src/components.

        """

    static func findings(_ documents: [LintDocument]) -> (grouped: [String], pairwise: [String]) {
        func lines(_ found: [(document: Int, finding: Finding)]) -> [String] {
            found.map { "\($0.document) \($0.finding.range) \($0.finding.severity.map { "\($0)" } ?? "-") \($0.finding.message)" }.sorted()
        }
        return (lines(DuplicateInstructionsRule().check(documents)), lines(PairwiseDuplicateInstructions().check(documents)))
    }

    static func document(_ path: String, _ text: String, workspace: (any WorkspaceReader)? = nil) -> LintDocument {
        LintDocument(path: path, kind: FileKind.classify(path) ?? .agentsMd, source: SourceText(text), workspace: workspace)
    }

    @Test func copiesAcrossFoldersAndKindsMatchThePairwiseComparison() {
        var documents: [LintDocument] = []
        let variants = [Self.text, Self.text + "Also run the linter before you push.\n", Self.text.replacingOccurrences(of: "bun", with: "pnpm")]
        for package in 0..<12 {
            let folder = "packages/p\(package)"
            let text = variants[package % variants.count]
            documents.append(Self.document("\(folder)/AGENTS.md", text))
            documents.append(Self.document("\(folder)/.cursor/rules/general.mdc", "---\nalwaysApply: true\n---\n" + text))
            if package % 2 == 0 { documents.append(Self.document("\(folder)/.windsurfrules", text)) }
            if package % 3 == 0 { documents.append(Self.document("\(folder)/.clinerules", Self.text + "Line \(package).\n")) }
            if package % 4 == 0 { documents.append(Self.document("\(folder)/.github/copilot-instructions.md", text)) }
            if package % 5 == 0 { documents.append(Self.document("\(folder)/.cursor/rules/copy.mdc", "---\nalwaysApply: true\n---\n" + text)) }
        }
        documents.append(Self.document("README-like/AGENTS.md", "# Other\n\nWrite Go with gofmt and table tests for every package.\n"))
        let result = Self.findings(documents)
        #expect(!result.grouped.isEmpty)
        #expect(result.grouped == result.pairwise)
    }

    @Test func anImportBesideAPastedCopyIsLeftOutOfTheCopiesAsBefore() {
        let files = ["AGENTS.md": Self.text, "sub/AGENTS.md": Self.text]
        let workspace = InMemoryWorkspace(files: files)
        let documents = [
            Self.document("AGENTS.md", Self.text, workspace: workspace),
            Self.document("CLAUDE.md", "@AGENTS.md\n\n" + Self.text, workspace: workspace),
            Self.document("sub/AGENTS.md", Self.text, workspace: workspace),
            Self.document("sub/CLAUDE.md", "@AGENTS.md\n\n" + Self.text, workspace: workspace),
            Self.document("sub/.windsurfrules", Self.text, workspace: workspace),
            Self.document(".clinerules", Self.text, workspace: workspace),
        ]
        let result = Self.findings(documents)
        #expect(result.grouped == result.pairwise)
    }

    @Test(.enabled(if: SharedCorpus.isPresent, "../shared/corpus is absent"))
    func theCorpusPlacedThreeTimesMatchesThePairwiseComparison() throws {
        let corpus = try RulesCorpus.load()
        var documents: [LintDocument] = []
        for copy in 0..<3 {
            for entry in corpus.entries where !entry.isSymlink {
                guard let kind = entry.kind else { continue }
                let path = "packages/p\(copy)/\(entry.repo.replacingOccurrences(of: "/", with: "__"))/\(entry.path)"
                documents.append(LintDocument(path: path, kind: kind, source: SourceText(bytes: entry.bytes)))
            }
        }
        let result = Self.findings(documents)
        // Same-kind copies in other folders are no finding; the corpus's cross-kind copies are.
        #expect(result.grouped.count > 20)
        #expect(result.grouped == result.pairwise)
    }
}
