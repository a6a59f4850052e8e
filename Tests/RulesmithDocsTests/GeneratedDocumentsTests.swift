import Foundation
import RulesmithLint
import Testing
@testable import RulesmithDocs

/// The committed rule pages, catalogue table and configuration schema are what the rules'
/// declarations generate today: a changed rule without regenerated documents fails here.
struct GeneratedDocumentsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func theCommittedDocumentsAreCurrent() throws {
        let documents = GeneratedDocuments()
        let folder = Self.root.appendingPathComponent(RuleDocumentation.folder)
        let existing = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .map { "\(RuleDocumentation.folder)/\($0)" }
        let stale = documents.stale(
            committed: { path in
                (try? Data(contentsOf: Self.root.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
            },
            existingPages: existing)
        #expect(stale.isEmpty, "stale generated documents (run `\(GeneratedDocuments.command)`): \(stale.joined(separator: ", "))")
    }

    @Test func thereIsOnePagePerRuleAndOneRowPerRule() {
        let documents = GeneratedDocuments()
        let index = documents.files["\(RuleDocumentation.folder)/README.md"] ?? ""
        for description in RuleCatalogue.standard.descriptions {
            #expect(documents.files["\(RuleDocumentation.folder)/\(description.id).md"] != nil, "no page for \(description.id)")
            #expect(index.contains("| [\(description.id)](\(description.id).md) | `\(description.name)` |"), "no row for \(description.id)")
        }
    }

    @Test func aStaleOrOrphanedPageIsNamed() {
        let documents = GeneratedDocuments()
        let stale = documents.stale(
            committed: { $0.hasSuffix("LT001.md") ? "old" : documents.files[$0] },
            existingPages: ["docs/rules/LT001.md", "docs/rules/LT999.md", "docs/rules/notes.txt"])
        #expect(stale == ["docs/rules/LT001.md", "docs/rules/LT999.md"])
    }

    @Test func examplesAreFencedAndInvisibleCharactersEscaped() {
        #expect(ExampleBlock.fenced("a\u{200B}b ↓c\n") == "```text\na\\u{200B}b ↓c\n```\n")
        #expect(ExampleBlock.fenced("```sh\nls\n```\n") == "````text\n```sh\nls\n```\n````\n")
        #expect(ExampleBlock.fenced("Cyrillic а\n", escapeAllNonASCII: true) == "```text\nCyrillic \\u{430}\n```\n")
        #expect(ExampleBlock.escaped("日本 \u{E0041}", allNonASCII: false) == "日本 \\u{E0041}")
    }
}
