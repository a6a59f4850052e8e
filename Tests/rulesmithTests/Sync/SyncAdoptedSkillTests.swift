import Foundation
import RulesmithTestSupport
import Testing

/// `rulesmith sync` into a repository where a teammate adopted a hand edit of a synced skill
/// (`rulesmith adopt`, committed and pushed): the next sync with an updated template merges the
/// template's change into the adopted text, the overlay stays, and a further sync moves no ref.
@Suite(.serialized)
struct SyncAdoptedSkillTests {
    static let skill = "---\nname: release\ndescription: Cuts a release. Use when the team ships a version.\n---\n# Release\n\nRun scripts/tag.sh.\n"

    @Test func anAdoptedSkillSurvivesASyncThatUpdatesIt() throws {
        let fleet = try SyncFleet()
        try fleet.write(fleet.templates + "/tool/skills/release/SKILL.md", Self.skill)
        try fleet.commitAll(fleet.templates, "templates with a skill")
        let remote = try fleet.remote("app")
        try fleet.write(fleet.root + "/rulesmith-sync.yml",
            "version: 1\nregistry:\n  source: templates\nbranch: \"\"\ndefaults:\n  base: main\n  stacks: [tool]\n  targets: [agents, claude, skills]\nrepositories:\n  - path: remotes/app.git\n")
        let sync = ["sync", "rulesmith-sync.yml", "--cache", fleet.cache, "--registry", fleet.registry]
        let first = try fleet.run(sync)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")

        let added = "\nAlso announce the release in #eng.\n"
        try fleet.humanCommit(remote, message: "adopt our release note") { work in
            try fleet.write(work + "/.claude/skills/release/SKILL.md", Self.skill + added)
            let adopted = try fleet.run(["adopt", ".claude/skills/release/SKILL.md"], in: work)
            #expect(adopted.status == 0, "\(adopted.stdout)\(adopted.stderr)")
            #expect(try fleet.read(work + "/.agents/skills/release/SKILL.md") == Self.skill + added)
        }

        let updated = Self.skill.replacingOccurrences(of: "# Release", with: "# Release a version")
        try fleet.write(fleet.templates + "/tool/skills/release/SKILL.md", updated)
        try fleet.commitAll(fleet.templates, "templates: skill heading")
        let second = try fleet.run(sync)
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        for path in [".claude/skills/release/SKILL.md", ".agents/skills/release/SKILL.md"] {
            #expect(try fleet.git(["show", "main:\(path)"], in: remote) + "\n" == updated + added, "\(path)")
        }
        #expect(try fleet.git(["show", "main:.rulesmith/overlays/skills/release/SKILL.md"], in: remote) + "\n" == Self.skill + added)
        let refs = try fleet.refs(remote)
        let third = try fleet.run(sync)
        #expect(third.status == 0, "\(third.stdout)\(third.stderr)")
        #expect(try fleet.refs(remote) == refs, "a further sync moves no ref")
    }
}
