import Foundation
import RulesmithEditors
import RulesmithTestSupport
import RulesmithText
import Testing
@testable import RulesmithLint

/// Linting documents made on demand (`Linter.lint(_: [PendingDocument])`, how `rulesmith lint`
/// runs over a folder without holding every file, reusing what identical texts found) reports
/// exactly what linting the same documents held in memory, each analysed afresh, reports: RF005
/// judged from summaries, suppressions, imports, other kinds.
@Suite struct PendingDocumentLintTests {
    /// Reads of each pending document, counted from every core.
    final class Reads: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [String: Int] = [:]
        func count(_ path: String) { lock.withLock { counts[path, default: 0] += 1 } }
        subscript(path: String) -> Int { lock.withLock { counts[path] ?? 0 } }
    }

    static func compare(
        _ files: [(path: String, kind: FileKind, text: [UInt8])], workspace: InMemoryWorkspace,
        repository: (String) -> RepositoryContext? = { _ in nil }
    ) -> Reads {
        let documents = files.map {
            LintDocument(path: $0.path, kind: $0.kind, source: SourceText(bytes: $0.text), workspace: workspace, repository: repository($0.path))
        }
        let reads = Reads()
        let pending = files.map { file in
            PendingDocument(
                path: file.path, kind: file.kind, options: LintOptions(), workspace: workspace, displayPath: file.path,
                repository: repository(file.path), linkTarget: nil
            ) {
                reads.count(file.path)
                return file.text
            }
        }
        let finished = Reads()
        // The reference analyses every file afresh; the streamed run reuses what identical texts found.
        var plain = Linter()
        plain.reusesFindingsOfIdenticalTexts = false
        let held = plain.lint(documents)
        #expect(Linter().lint(documents) == held)
        let streamed = Linter().lint(pending) { _, document in finished.count(document.path) }
        #expect(streamed == held)
        #expect(files.allSatisfy { finished[$0.path] == 1 })
        #expect(held.joined().contains { $0.ruleID == "RF005" })
        return reads
    }

    @Test func generatedTreeReportsTheSame() {
        let text = DuplicateInstructionsGroupingTests.text
        var files: [(path: String, kind: FileKind, text: [UInt8])] = []
        for package in 0..<9 {
            let body = package % 3 == 0 ? text : text + "Also run the linter before push number \(package % 2).\n"
            files.append(("packages/p\(package)/AGENTS.md", .agentsMd, Array(body.utf8)))
            files.append(("packages/p\(package)/CLAUDE.md", .claudeMd, Array(("@AGENTS.md\n\n" + body).utf8)))
            files.append(("packages/p\(package)/.windsurfrules", .windsurf, Array(("<!-- rulesmith-disable RF005 -->\n" + body).utf8)))
            files.append(("packages/p\(package)/llms.txt", .llmsTxt, Array("# P\n\n> S.\n\n- [a](b.md)\n".utf8)))
        }
        let workspace = InMemoryWorkspace(files: Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.text, as: UTF8.self)) }))
        let reads = Self.compare(files, workspace: workspace)
        // Each file is read once: its summary and its own rules are made from one reading, and
        // RF005's findings are placed afterwards. Only a file whose suppression comments could
        // silence them (or be left unused by them) is read again.
        #expect(reads["packages/p0/AGENTS.md"] == 1)
        #expect(reads["packages/p0/CLAUDE.md"] == 1)
        #expect(reads["packages/p0/llms.txt"] == 1)
        #expect(reads["packages/p0/.windsurfrules"] == 2)
    }

    /// RF005's findings placed after the one reading land where a sort of all the findings puts
    /// them: at the first line beside other rules' findings there, at an import, after a line
    /// that no rule reports, in files of several lines and none.
    @Test func lateFindingsTakeTheirPlaceAmongTheFilesOwn() {
        let text = DuplicateInstructionsGroupingTests.text
        let files: [(path: String, kind: FileKind, text: [UInt8])] = [
            ("AGENTS.md", .agentsMd, Array(("TODO: tidy\n" + text).utf8)),
            ("CLAUDE.md", .claudeMd, Array(("@AGENTS.md TODO\n\n" + "TODO: tidy\n" + text + "é TODO\n").utf8)),
            ("GEMINI.md", .geminiMd, Array(("\n\n" + text).utf8)),
            (".cursor/rules/a.mdc", .cursorMdc, Array(("---\nalwaysApply: true\n---\n" + text).utf8)),
            ("docs/AGENTS.md", .agentsMd, Array(text.utf8)),
            (".clinerules", .cline, Array(("TODO: tidy\n" + text).utf8)),
        ]
        let workspace = InMemoryWorkspace(files: Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.text, as: UTF8.self)) }))
        let reads = Self.compare(files, workspace: workspace)
        #expect(files.allSatisfy { reads[$0.path] == 1 })
    }

    /// Copies judged against two repositories: the RP rules' findings of one text are reused only
    /// for the copies of the same repository.
    @Test func copiesInTwoRepositoriesReportTheSame() {
        let text = "# Rules\n\nRun `npm run lint` and `make check`; models live in `app/models/user.py` and `app/model/x.py`.\n\n"
            + DuplicateInstructionsGroupingTests.text
        let first = RepositoryContext.read(["app/models/user.py": "", "package.json": #"{"scripts":{"lint":"x"}}"#, "Makefile": "check:\n\ttrue\n"])
        let second = RepositoryContext.read(["app/x.py": "", "package.json": #"{"scripts":{"test":"x"}}"#, "pnpm-lock.yaml": ""])
        var files: [(path: String, kind: FileKind, text: [UInt8])] = []
        for package in 0..<6 {
            files.append(("r\(package % 2)/p\(package)/AGENTS.md", .agentsMd, Array(text.utf8)))
            files.append(("r\(package % 2)/p\(package)/.windsurfrules", .windsurf, Array(text.utf8)))
        }
        let reads = Self.compare(files, workspace: InMemoryWorkspace(files: [:])) { $0.hasPrefix("r0/") ? first : second }
        #expect(files.allSatisfy { reads[$0.path] == 1 })
    }

    @Test(.enabled(if: SharedCorpus.isPresent, "../shared/corpus is absent"))
    func theCorpusPlacedTwiceReportsTheSame() throws {
        let corpus = try RulesCorpus.load()
        var files: [(path: String, kind: FileKind, text: [UInt8])] = []
        for copy in 0..<2 {
            for entry in corpus.entries where !entry.isSymlink {
                guard let kind = entry.kind else { continue }
                files.append(("packages/p\(copy)/\(entry.repo.replacingOccurrences(of: "/", with: "__"))/\(entry.path)", kind, entry.bytes))
            }
        }
        _ = Self.compare(files, workspace: InMemoryWorkspace(files: [:]))
    }
}
