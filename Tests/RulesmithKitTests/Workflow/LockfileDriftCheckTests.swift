import Foundation
import RulesmithKit
import Testing

/// The hook's drift check: a staged generated file with an unadopted hand edit stops the commit.
struct LockfileDriftCheckTests {
    static func hookDrift(_ fixture: WorkflowFixture) throws -> [HookDriftFinding] {
        try HookRunner(driftCheck: LockfileDriftCheck()).run(workingDirectory: fixture.repository, environment: [:]).drift
    }

    @Test func stagedHandEditIsReportedUntilAdopted() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        try fixture.bootstrap()
        try fixture.git("add", "-A")
        #expect(try Self.hookDrift(fixture).isEmpty, "freshly generated files are no drift")
        try fixture.commitAll("bootstrap")
        try fixture.writeFile("AGENTS.md", try fixture.read("AGENTS.md") + "\n- Our own rule.\n")
        try fixture.git("add", "AGENTS.md")
        let findings = try Self.hookDrift(fixture)
        #expect(findings.map(\.path) == ["AGENTS.md"])
        #expect(findings.first?.message.contains("rulesmith adopt AGENTS.md") == true)
        _ = try Adoption.run(directory: fixture.repository, file: "AGENTS.md", registry: fixture.registry)
        try fixture.git("add", "-A")
        #expect(try Self.hookDrift(fixture).isEmpty, "adopted: the lock and the file agree")
    }

    @Test func editOutsideTheManagedBlockIsNoDrift() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        try fixture.writeFile("AGENTS.md", "# Ours\n")
        try fixture.bootstrap()
        try fixture.commitAll("bootstrap")
        try fixture.writeFile("AGENTS.md", try fixture.read("AGENTS.md").replacingOccurrences(of: "# Ours", with: "# Ours, renamed"))
        try fixture.git("add", "AGENTS.md")
        #expect(try Self.hookDrift(fixture).isEmpty)
    }
}
