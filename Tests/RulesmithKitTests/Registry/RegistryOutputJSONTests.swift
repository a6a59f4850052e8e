import Foundation
@testable import RulesmithKit
@testable import RulesmithRegistry
import RulesmithText
import Testing

/// The registry's JSON is written by the one JSON writer (`JSONValue` through `OutcomeJSON`):
/// the same spacing as every other command's document, absent values as `null`, keys in order,
/// slashes as written, and controls a template smuggled in escaped, not printed raw.
@Suite struct RegistryOutputJSONTests {
    private let revision = RegistryRevision(
        id: 3, createdAt: "2026-01-02T03:04:05Z", sourceKind: "git", source: "https://example.invalid/rules.git",
        commit: nil, ref: "main", format: "rulesmith", summary: "bidi \u{202E}txt.exe and C1 \u{85}end",
        allowedFindings: false, stacks: ["go/api"])

    @Test func historyIsWrittenByTheSharedWriter() throws {
        let text = RegistryHistoryOutcome(revisions: [revision]).json()
        let expected = OutcomeJSON.sortedDocument([
            "revisions": .array([RegistryOutput.revisionJSON(revision)]),
        ])
        #expect(text == expected)
        #expect(text.contains(#""version": 1"#), "the spacing of every other document, not Foundation's `\"version\" : 1`")
        #expect(text.contains(#""commit": null"#))
        #expect(text.contains(#""source": "https://example.invalid/rules.git""#), "slashes are not escaped")
        #expect(text.contains(#"\u202e"#) && text.contains(#"\u0085"#))
        #expect(!text.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x85 })
        let keys = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]).keys.sorted()
        #expect(keys == ["revisions", "version"])
    }

    /// Members print in key order, after `version`, which is first in every document.
    @Test func listKeysAreSorted() {
        let stack = StackSummary(
            id: "go", title: "Go", description: "d", category: "language", tags: ["go"], ruleCount: 2, revision: 3)
        let text = RegistryListOutcome(stacks: [stack]).json()
        let order = ["category", "description", "id", "revision", "rules", "tags", "title"].map { text.range(of: "\"\($0)\"")!.lowerBound }
        #expect(order == order.sorted())
        #expect(text.hasPrefix("{\n  \"version\": 1,\n  \"stacks\": [\n"))
        #expect(text.hasSuffix("]\n}\n"))
    }
}
