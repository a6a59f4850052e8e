import Foundation
import RulesmithTestSupport
import Testing

/// `auto` inside a stack list means "the stacks detected in the repository", so a team stack is
/// added on top of detection (issue 19 item 2) in `init --stack`, `.rulesmith.yml` and a sync
/// manifest; detected stacks come first, each stack once.
@Suite(.serialized)
struct DetectedPlusStacksTests {
    /// A repository where `tool` is detected (tool.cfg) and a `team` stack is only ever named.
    private func repository() throws -> WorkflowCommandLineTests.Repository {
        let repository = try WorkflowCommandLineTests.Repository()
        let team = repository.root.appendingPathComponent("team").path
        try repository.write(team + "/team/stack.yml", "id: team\ntitle: Team\ndescription: The team's rules.\ncategory: language\nextends: [base]\n")
        try repository.write(team + "/team/review.md", "---\ndescription: Review\nalwaysApply: true\n---\n# Review\n\n- Ask the platform team.\n")
        let imported = try repository.run(["registry", "import", team])
        guard imported.status == 0 else { throw WorkflowCommandLineTests.FixtureFailure("import: \(imported.stderr)") }
        return repository
    }

    @Test func initStackAutoPlusATeamStackRendersBoth() throws {
        let repository = try repository()
        let result = try repository.run(["init", "--yes", "--stack", "auto,team,tool"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("tool (Tool): file tool.cfg"), "\(result.stdout)")
        let configuration = try String(contentsOfFile: repository.path + "/.rulesmith.yml", encoding: .utf8)
        #expect(configuration.contains("stacks: [tool, team]") || configuration.contains("- tool\n  - team\n"), "\(configuration)")
        let agents = try String(contentsOfFile: repository.path + "/AGENTS.md", encoding: .utf8)
        #expect(agents.contains("Run the tool with --verbose in CI."))
        #expect(agents.contains("Ask the platform team."))
        #expect(try repository.run(["check"]).status == 0)
    }

    @Test func configurationAutoFollowsDetection() throws {
        let repository = try repository()
        try repository.write(repository.path + "/.rulesmith.yml", "version: 1\nstacks: [auto, team]\ntargets: [agents]\n")
        let result = try repository.run(["init", "--yes"])
        #expect(result.status == 0, "\(result.stderr)")
        let agents = try String(contentsOfFile: repository.path + "/AGENTS.md", encoding: .utf8)
        #expect(agents.contains("Run the tool with --verbose in CI."))
        #expect(agents.contains("Ask the platform team."))
        #expect(try repository.run(["check"]).status == 0)
    }

    @Test func renderRefusesAutoInOneLine() throws {
        let repository = try repository()
        let result = try repository.run(["render", "--stack", "auto", "--stack", "team", "--target", "agents"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'auto' means the stacks detected in a repository"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
