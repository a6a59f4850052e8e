import Foundation
import RulesmithTestSupport
import Testing

/// `init` on a repository that already has rules files (issue 19 item 1), through the binary and
/// real git repositories: a CLAUDE.md that links to or only imports AGENTS.md satisfies the
/// `claude` target; a hand-written file is never grown past a budget without a word; and
/// `init --adopt-existing` or `adopt FILE` take the user's text in as overlays, losing no line.
/// Every case ends with `check` exiting 0.
@Suite(.serialized)
struct HandWrittenRulesTests {
    typealias Repository = WorkflowCommandLineTests.Repository

    private func read(_ repository: Repository, _ path: String) throws -> String {
        try String(contentsOfFile: repository.path + "/" + path, encoding: .utf8)
    }

    /// Every non-blank line of `original` is a line of `result`.
    private func keepsEveryLine(_ original: String, in result: String) -> Bool {
        let lines = Set(result.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        return original.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.allSatisfy(lines.contains)
    }

    private func commitAll(_ repository: Repository) throws {
        try repository.git("add", "-A")
        try repository.git("commit", "-qm", "hand-written rules")
    }

    private static let handWritten = "# Our service\n\n- Keep handlers small.\n- Run make lint before pushing.\n"

    @Test func aClaudeMdLinkedToAgentsMdSatisfiesTheClaudeTarget() throws {
        let repository = try Repository()
        try repository.write(repository.path + "/AGENTS.md", Self.handWritten)
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/CLAUDE.md", withDestinationPath: "AGENTS.md")
        try commitAll(repository)
        let result = try repository.run(["init", "--yes"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("CLAUDE.md: a link to AGENTS.md, so the claude target is satisfied"), "\(result.stdout)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: repository.path + "/CLAUDE.md") == "AGENTS.md")
        #expect(try read(repository, "AGENTS.md").hasPrefix(Self.handWritten))
        let check = try repository.run(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(try repository.run(["apply"]).status == 0)
    }

    @Test func aClaudeMdThatOnlyImportsAgentsMdIsLeftAsItIs() throws {
        let repository = try Repository()
        try repository.write(repository.path + "/AGENTS.md", Self.handWritten)
        try repository.write(repository.path + "/CLAUDE.md", "<!-- Claude Code reads AGENTS.md through this import -->\n@AGENTS.md\n")
        try commitAll(repository)
        let result = try repository.run(["init", "--yes"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("CLAUDE.md: imports AGENTS.md, so the claude target is satisfied"), "\(result.stdout)")
        #expect(try read(repository, "CLAUDE.md") == "<!-- Claude Code reads AGENTS.md through this import -->\n@AGENTS.md\n")
        #expect(!(try read(repository, ".rulesmith.lock")).contains("\"CLAUDE.md\""))
        #expect(try repository.run(["check"]).status == 0)
    }

    /// AGENTS.md over Codex's 32 KiB and CLAUDE.md a link to it (the report of issue 19): plain
    /// `init` refuses to grow it and names the choices, the dry run says so first, and
    /// `--adopt-existing` takes the text in with the same budget note `render` gives.
    @Test func anAgentsMdOverBudgetIsNotGrownSilentlyAndAdoptExistingTakesItIn() throws {
        let repository = try Repository()
        var big = "# Legacy service\n\n"
        for index in 1...480 { big += "- Note \(index): handlers in internal/api keep parsing and validation apart.\n" }
        #expect(big.utf8.count > 32 * 1024)
        try repository.write(repository.path + "/AGENTS.md", big)
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/CLAUDE.md", withDestinationPath: "AGENTS.md")
        try commitAll(repository)

        let dryRun = try repository.run(["init", "--dry-run"])
        #expect(dryRun.status == 0, "\(dryRun.stderr)")
        #expect(dryRun.stdout.contains("AGENTS.md: your own text is"), "\(dryRun.stdout)")
        let refused = try repository.run(["init", "--yes"])
        #expect(refused.status == 1, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("over Codex's"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--adopt-existing"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: repository.path + "/.rulesmith.yml"))
        #expect(try read(repository, "AGENTS.md") == big)

        let adoptDry = try repository.run(["init", "--dry-run", "--adopt-existing"])
        #expect(adoptDry.status == 0, "\(adoptDry.stderr)")
        #expect(adoptDry.stdout.contains("take in AGENTS.md as .rulesmith/overlays/adopted-agents-md.md"), "\(adoptDry.stdout)")
        #expect(adoptDry.stdout.contains("note: AGENTS.md (agents): "), "\(adoptDry.stdout)")
        #expect(try read(repository, "AGENTS.md") == big)

        let adopted = try repository.run(["init", "--yes", "--adopt-existing"])
        #expect(adopted.status == 0, "\(adopted.stderr)")
        #expect(adopted.stdout.contains("over Codex's"), "\(adopted.stdout)")
        let agents = try read(repository, "AGENTS.md")
        #expect(keepsEveryLine(big, in: agents))
        #expect(agents.contains("Run the tool with --verbose in CI."))
        #expect(!agents.contains("rulesmith:begin"), "the whole file is rulesmith's now")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: repository.path + "/CLAUDE.md") == "AGENTS.md")
        #expect(try repository.git("status", "--porcelain", ".rulesmith/overlays").contains("A  .rulesmith/overlays/adopted-agents-md.md"))
        let check = try repository.run(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    /// A hand-written `.mdc` (its own name, and one named like a stack rule) and
    /// copilot-instructions.md become overlays and managed files with every line kept.
    @Test func adoptExistingTakesInCursorAndCopilotFiles() throws {
        let repository = try Repository()
        let style = "---\ndescription: House style\nglobs: **/*.go, cmd/**\nalwaysApply: false\n---\n- Name test helpers mustX.\n"
        let usage = "---\nalwaysApply: true\n---\n# Usage\n\n- Run the tool with --quiet locally.\n"
        let copilot = "# Copilot\n\n- Prefer table-driven tests.\n"
        try repository.write(repository.path + "/.cursor/rules/style.mdc", style)
        try repository.write(repository.path + "/.cursor/rules/usage.mdc", usage)
        try repository.write(repository.path + "/.github/copilot-instructions.md", copilot)
        try repository.write(repository.path + "/AGENTS.md", Self.handWritten)
        try commitAll(repository)
        let result = try repository.run(["init", "--yes", "--adopt-existing", "--targets", "agents,cursor,copilot"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let lock = try read(repository, ".rulesmith.lock")
        for path in [".cursor/rules/style.mdc", ".cursor/rules/usage.mdc", ".github/copilot-instructions.md", "AGENTS.md"] {
            #expect(lock.contains("\"\(path)\""), "\(path) is managed")
        }
        #expect(keepsEveryLine("- Name test helpers mustX.", in: try read(repository, ".cursor/rules/style.mdc")))
        #expect(try read(repository, ".cursor/rules/style.mdc").contains("globs: **/*.go,cmd/**") || (try read(repository, ".cursor/rules/style.mdc")).contains("**/*.go"))
        #expect(keepsEveryLine("# Usage\n\n- Run the tool with --quiet locally.\n", in: try read(repository, ".cursor/rules/usage.mdc")))
        #expect(keepsEveryLine(copilot, in: try read(repository, ".github/copilot-instructions.md")))
        #expect(keepsEveryLine(Self.handWritten, in: try read(repository, "AGENTS.md")))
        #expect(result.stdout.contains("replaces the body of rule usage"), "\(result.stdout)")
        let check = try repository.run(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    /// `adopt FILE` on a file rulesmith did not write: blocked before, managed after.
    @Test func adoptTakesInAHandWrittenFileThatWasBlocked() throws {
        let repository = try Repository()
        let usage = "---\nalwaysApply: true\n---\n# Usage\n\n- Run the tool with --quiet locally.\n"
        try repository.write(repository.path + "/.cursor/rules/usage.mdc", usage)
        try commitAll(repository)
        #expect(try repository.run(["init", "--yes", "--targets", "agents,cursor"]).status == 0)
        let status = try repository.run(["status"])
        #expect(status.stdout.contains("rulesmith adopt .cursor/rules/usage.mdc"), "\(status.stdout)")
        #expect(try read(repository, ".cursor/rules/usage.mdc") == usage)

        let adopted = try repository.run(["adopt", ".cursor/rules/usage.mdc"])
        #expect(adopted.status == 0, "\(adopted.stdout)\(adopted.stderr)")
        #expect(keepsEveryLine("# Usage\n\n- Run the tool with --quiet locally.\n", in: try read(repository, ".cursor/rules/usage.mdc")))
        #expect(try read(repository, "AGENTS.md").contains("Run the tool with --quiet locally."))
        #expect(try read(repository, ".rulesmith.lock").contains("\".cursor/rules/usage.mdc\""))
        let check = try repository.run(["check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        let notRules = try repository.run(["adopt", "tool.cfg"])
        #expect(notRules.status == 2)
        #expect(notRules.stderr.contains("not a rules file rulesmith can take in"), "\(notRules.stderr)")
    }
}
