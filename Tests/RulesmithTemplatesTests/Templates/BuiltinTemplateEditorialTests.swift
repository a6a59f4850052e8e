import Foundation
import Testing
@testable import RulesmithTemplates

/// The editorial rule for built-in templates: a rule says only what is specific to its stack,
/// checkable and not derivable (a version-specific API, a command convention, a pitfall agents
/// really get wrong), never general best practice. A 2026 study of repository context files
/// (Gloaguen et al., arXiv 2602.11988) found that unnecessary requirements lower coding agents'
/// task success and raise their cost by more than 20%. These tests keep the text from growing back.
struct BuiltinTemplateEditorialTests {
    /// Bytes of one rule's body (the Markdown after the frontmatter).
    static let ruleCeiling = 1_200
    /// Bytes of all of one stack's own rule bodies (not the stacks it extends).
    static let stackCeiling = 3_200

    /// Generic advice cut from the built-ins in the editorial pass: any competent agent already
    /// follows it, so it only costs context. Matched case-insensitively in every template file.
    static let bannedPhrases = [
        "clean code", "meaningful names", "handle errors properly", "solid principles", "follow solid",
        "best practice", "keep controllers thin", "keep components pure", "keep modules small",
        "keep each change to one purpose", "read the surrounding code", "follow rails conventions",
        "accept interfaces, return concrete types", "make the zero value useful", "layer as controller",
        "use semantic elements", "prefer iterators", "keep pull requests small", "reviewers check",
        "test behaviour through the public interface", "document public items", "write small, deterministic tests",
        "keep `body` cheap", "keep apps small", "prefer the standard library", "name tests after the behaviour",
        "write function components", "catch specific exceptions", "never use a mutable default",
    ]

    static func templateFiles() throws -> [(path: String, text: String)] {
        let base = RenderFixtures.packageRoot().appendingPathComponent(TemplateLayout.templatesFolder)
        let walker = try #require(FileManager.default.enumerator(atPath: base.path))
        var files: [(String, String)] = []
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".md") || relative.hasSuffix(".yml"), relative != "README.md" else { continue }
            files.append((relative, try String(contentsOf: base.appendingPathComponent(relative), encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    @Test func noTemplateHoldsABannedGenericPhrase() throws {
        let files = try Self.templateFiles()
        #expect(files.count > 60)
        for (path, text) in files {
            let lowered = text.lowercased()
            for phrase in Self.bannedPhrases where lowered.contains(phrase) {
                Issue.record("Templates/\(path) says \"\(phrase)\": general advice an agent already follows")
            }
        }
    }

    @Test func everyBuiltinRuleAndStackIsUnderItsCeiling() throws {
        let stacks = try RenderFixtures.builtinStacks()
        #expect(stacks.count >= 21)
        for (id, stack) in stacks.sorted(by: { $0.key < $1.key }) {
            for rule in stack.rules {
                #expect(rule.body.count <= Self.ruleCeiling, "\(id)/\(rule.id): \(rule.body.count) bytes, over \(Self.ruleCeiling)")
            }
            let total = stack.rules.reduce(0) { $0 + $1.body.count }
            #expect(total <= Self.stackCeiling, "\(id): \(total) bytes of rules, over \(Self.stackCeiling)")
        }
    }
}
