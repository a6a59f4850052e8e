import RulesmithEditors
import Testing
@testable import RulesmithTemplates

/// Budgets from the catalogue, enforced before writing: fail where the editor truncates, note
/// where the figure is advice or unconfirmed, split where the target has per-rule files, and
/// never truncate.
struct RenderBudgetTests {
    static func bigRule(_ id: String, characters: Int, always: Bool = true) throws -> RuleTemplate {
        let line = "- Keep this line in mind while working on the project éé.\n"
        let body = String(repeating: line, count: characters / line.unicodeScalars.count + 1)
        return try RenderFixtures.rule(id, "---\nalwaysApply: \(always)\n---\n# \(id)\n\n" + body)
    }

    @Test func aWindsurfRuleOverTwelveThousandCharactersFailsNamingIt() throws {
        let stack = RenderFixtures.stack("demo", rules: [try Self.bigRule("small", characters: 500), try Self.bigRule("huge", characters: 13_000)])
        do {
            _ = try RenderFixtures.render([stack], targets: ["windsurf"])
            Issue.record("expected overBudget")
        } catch {
            guard case .overBudget(let target, let path, let size, let budget, let unit, let overflow) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(target == "windsurf" && path == ".windsurf/rules/huge.md" && budget == 12_000 && unit == "characters")
            #expect(size > 13_000)
            #expect(overflow.count == 1 && overflow[0].hasPrefix("demo/huge ("))
            #expect(error.description.contains("over the 12,000-character budget") && error.description.contains("demo/huge"))
            #expect(error.description.contains("never truncates"))
        }
    }

    @Test func perRuleTargetsSplitWhatOneFileCouldNotHold() throws {
        let stack = RenderFixtures.stack("demo", rules: [
            try Self.bigRule("first", characters: 7_000), try Self.bigRule("second", characters: 7_000),
        ])
        let report = try RenderFixtures.render([stack], targets: ["windsurf"])
        #expect(report.files.map(\.path) == [".windsurf/rules/first.md", ".windsurf/rules/second.md"])
        let total = report.files.reduce(0) { $0 + String(decoding: $1.contents, as: UTF8.self).unicodeScalars.count }
        #expect(total > 12_000)
        #expect(report.notes.isEmpty)
    }

    @Test func advisoryAndUnconfirmedBudgetsOnlyNoteAndRenderWhole() throws {
        let stack = RenderFixtures.stack("demo", rules: [try Self.bigRule("long", characters: 40_000)])
        let rule = try #require(stack.rules.first)
        let report = try RenderFixtures.render([stack], targets: ["cursor", "agents", "claude"])
        for file in report.files where file.path != "CLAUDE.md" {
            let body = String(decoding: file.contents[file.sections[0].range], as: UTF8.self)
            #expect(body.utf8.count == RenderText.normalizedBody(rule.body).count, "\(file.path) holds the whole rule")
        }
        #expect(report.notes.contains { $0.path == ".cursor/rules/long.mdc" && $0.message.contains("over Cursor's 500-line budget") })
        #expect(report.notes.contains { $0.path == "AGENTS.md" && $0.message.contains("32,768-byte budget") && $0.message.contains("(unconfirmed figure)") && $0.message.contains("demo/long") })
    }

    @Test func overflowNamesEveryRuleAddedPastTheLimitInOrder() throws {
        let stack = RenderFixtures.stack("demo", rules: [
            try Self.bigRule("a", characters: 4_000), try Self.bigRule("b", characters: 4_000),
            try Self.bigRule("c", characters: 4_000), try Self.bigRule("d", characters: 4_000),
        ])
        let file = try #require(try RenderFixtures.render([stack], targets: ["agents"]).files.first)
        let budget = SizeBudget(
            kind: .agentsMd, reader: "Test", scope: "a file", limit: 9_000, unit: .characters, pastLimit: "truncates",
            truncates: true, source: .vendor)
        let cut = try #require(budget.cut(in: file.contents))
        let overflow = BudgetCheck.overflow(file, cut: cut, budget: budget)
        #expect(overflow.map { String($0.prefix(while: { $0 != " " })) } == ["demo/c", "demo/d"])
        #expect(budget.measure(file.contents[...]) == String(decoding: file.contents, as: UTF8.self).unicodeScalars.count)
    }

    @Test func measuresAsRF002Counts() {
        let lines = SizeBudget(kind: .cursorMdc, reader: "", scope: "", limit: 2, unit: .lines, pastLimit: "", truncates: false, source: .vendor)
        #expect(lines.measure(Array("a\nb\n".utf8)[...]) == 2)
        #expect(lines.measure(Array("a\nb".utf8)[...]) == 2)
        #expect(lines.measure(Array("a\r\nb\rc".utf8)[...]) == 3)
        #expect(lines.cut(in: Array("a\nb\n".utf8)) == nil)
        #expect(lines.cut(in: Array("a\nb\nc\n".utf8)) == 4)
        let characters = SizeBudget(kind: .windsurfRule, reader: "", scope: "", limit: 3, unit: .characters, pastLimit: "", truncates: true, source: .vendor)
        #expect(characters.cut(in: Array("ééé!".utf8)) == 6)
        #expect(characters.isEnforced)
    }
}
