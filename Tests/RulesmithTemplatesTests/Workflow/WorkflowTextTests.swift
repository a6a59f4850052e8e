import RulesmithLint
import Testing
@testable import RulesmithTemplates

/// Configuration edits keep the user's layout; overlays replace or add rules; adopt maps hunks to rules.
struct WorkflowTextTests {
    static let reader = ConfigurationReader()

    @Test func initialConfigurationReadsBack() throws {
        let text = ConfigurationText.initial(
            stacks: ["swift-package"], targets: ["agents", "cursor"], variables: ["project_name": "My \"App\""], revision: 4,
            source: "https://example.com/t.git")
        let configuration = try Self.reader.read(text, path: ".rulesmith.yml")
        #expect(configuration.stacks == ["swift-package"])
        #expect(configuration.targets == ["agents", "cursor"])
        #expect(configuration.variables["project_name"] == "My \"App\"")
        #expect(configuration.registry.revision == 4)
        #expect(configuration.registry.source == "https://example.com/t.git")
    }

    @Test func settingTheRevisionKeepsCommentsAndLayout() throws {
        let text = "# ours\nstacks: [go]\nregistry:\n  # pinned by hand\n  source: \"x\"\n  revision: 2 # old\nlint:\n  strict: true\n"
        let edited = try #require(ConfigurationText.settingRevision(7, in: text))
        #expect(edited == "# ours\nstacks: [go]\nregistry:\n  # pinned by hand\n  source: \"x\"\n  revision: 7\nlint:\n  strict: true\n")
        let inserted = try #require(ConfigurationText.settingRevision(7, in: "registry:\n    source: y\nstacks: [go]\n"))
        #expect(try Self.reader.read(inserted, path: "c").registry.revision == 7)
        #expect(inserted.contains("    revision: 7\n"))
        let appended = try #require(ConfigurationText.settingRevision(3, in: "stacks: [go]"))
        #expect(try Self.reader.read(appended, path: "c").registry.revision == 3)
        #expect(ConfigurationText.settingRevision(3, in: "registry: {revision: 1}\n") == nil, "flow mappings are left to the user")
    }

    @Test func addingOverlaysToEveryListShape() throws {
        for text in ["stacks: [go]\n", "overlays:\n  - a.md\n# end\n", "overlays: [a.md]\nstacks: [go]\n", "overlays: []\n"] {
            let edited = try #require(ConfigurationText.addingOverlay(".rulesmith/overlays/new.md", to: text), "\(text)")
            let overlays = try Self.reader.read(edited, path: "c").overlays
            #expect(overlays.last == ".rulesmith/overlays/new.md", "\(edited)")
            #expect(overlays.count == (text.contains("a.md") ? 2 : 1))
        }
    }

    static func stack(_ id: String, rules: [(String, String)]) -> TemplateStack {
        TemplateStack(
            id: id, title: id, description: id, category: "base",
            rules: rules.map { ruleID, body in
                let file = Array("---\ndescription: \(ruleID)\nalwaysApply: true\n---\n\(body)".utf8)
                return RuleTemplate(
                    id: ruleID, description: ruleID, globs: [], alwaysApply: true, targets: ["all"], overrides: [:],
                    body: Array(body.utf8), file: file, source: TemplateSourceFile(path: "\(ruleID).md", kind: .cursorMdc, bytes: file))
            },
            file: [], sourcePath: id)
    }

    @Test func overlaysReplaceInPlaceOrAddAfterTheStacks() throws {
        let chain = [Self.stack("base", rules: [("a", "A\n"), ("b", "B\n")])]
        let replacing = try RuleTemplateParser.parse(id: "a", bytes: Array("---\nalwaysApply: true\n---\nA2\n".utf8), path: "a.md")
        let added = try RuleTemplateParser.parse(id: "extra", bytes: Array("X\n".utf8), path: "extra.md")
        let input = OverlayRules.renderInput(chain: chain, targets: ["agents"], variables: [:], overlays: [replacing, added])
        #expect(input.chain.map(\.id) == ["base", "local"])
        #expect(input.chain[0].rules.map { String(decoding: $0.body, as: UTF8.self) } == ["A2\n", "B\n"])
        #expect(input.chain[1].rules.map(\.id) == ["extra"])
        #expect(input.overlays.isEmpty)
    }

    @Test func adoptionTurnsAddedLinesIntoAnOverlay() throws {
        let generated = Array("A1\nA2\n\nB1\n".utf8)
        let edited = Array("A1\nA2\n\nB1\n\n## Ours\n- mine\n".utf8)
        let sections = [RenderedSection(rule: "base/a", range: 0..<6), RenderedSection(rule: "base/b", range: 7..<10)]
        let overlays = try AdoptionPlan.overlays(
            file: "AGENTS.md", generated: generated, edited: edited, sections: sections, rules: [:], takenIDs: ["adopted-agents-md"])
        #expect(overlays.count == 1)
        #expect(overlays[0].id == "adopted-agents-md-2")
        #expect(overlays[0].path == ".rulesmith/overlays/adopted-agents-md-2.md")
        #expect(overlays[0].replaces == nil)
        let text = String(decoding: overlays[0].contents, as: UTF8.self)
        #expect(text.hasSuffix("---\n## Ours\n- mine\n"))
        let parsed = try RuleTemplateParser.parse(id: overlays[0].id, bytes: overlays[0].contents, path: overlays[0].path)
        #expect(parsed.alwaysApply)
    }

    @Test func adoptionTurnsAChangedRuleIntoAReplacingOverlay() throws {
        let chain = [Self.stack("base", rules: [("a", "A1\nA2\n"), ("b", "B1\n")])]
        let rules = Dictionary(uniqueKeysWithValues: chain[0].rules.map { ($0.id, $0) })
        let generated = Array("A1\nA2\n\nB1\n".utf8)
        let edited = Array("A1\nA2 changed\n\nB1\n".utf8)
        let sections = [RenderedSection(rule: "base/a", range: 0..<6), RenderedSection(rule: "base/b", range: 7..<10)]
        let overlays = try AdoptionPlan.overlays(file: "AGENTS.md", generated: generated, edited: edited, sections: sections, rules: rules, takenIDs: [])
        #expect(overlays.count == 1)
        #expect(overlays[0].replaces == "base/a")
        #expect(String(decoding: overlays[0].contents, as: UTF8.self) == "---\ndescription: a\nalwaysApply: true\n---\nA1\nA2 changed\n")
    }

    @Test func adoptionRefusesChangesOutsideEveryRule() {
        let generated = Array("# Header\nA1\n".utf8)
        let edited = Array("# Other header\nA1\n".utf8)
        #expect(throws: AdoptionPlan.Refusal.self) {
            try AdoptionPlan.overlays(
                file: "AGENTS.md", generated: generated, edited: edited,
                sections: [RenderedSection(rule: "base/a", range: 9..<12)], rules: [:], takenIDs: [])
        }
    }

    @Test func reproductionAllowsMovedTextAndRendererLinesNotLoss() {
        let edited = Array("A\n\nmine\nB\n".utf8)
        #expect(AdoptionPlan.reproduces(edited, in: Array("A\nB\n\nmine\n".utf8)) == (true, 0))
        #expect(AdoptionPlan.reproduces(edited, in: Array("A\nB\n## Local\nmine\n".utf8)) == (true, 1))
        #expect(AdoptionPlan.reproduces(edited, in: Array("A\nB\n".utf8)).reproduced == false)
    }
}
