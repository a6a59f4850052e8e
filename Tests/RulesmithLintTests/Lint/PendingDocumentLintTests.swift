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

    static func compare(_ files: [(path: String, kind: FileKind, text: [UInt8])], workspace: InMemoryWorkspace) -> Reads {
        let documents = files.map {
            LintDocument(path: $0.path, kind: $0.kind, source: SourceText(bytes: $0.text), workspace: workspace)
        }
        let reads = Reads()
        let pending = files.map { file in
            PendingDocument(
                path: file.path, kind: file.kind, options: LintOptions(), workspace: workspace, displayPath: file.path,
                repository: nil, linkTarget: nil
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
        // A kind RF005 reads is read twice (its summary, then its own rules); another kind once.
        #expect(reads["packages/p0/AGENTS.md"] == 2)
        #expect(reads["packages/p0/llms.txt"] == 1)
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
