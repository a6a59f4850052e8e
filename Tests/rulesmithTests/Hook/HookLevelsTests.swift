import Foundation
import Testing

/// `--min-severity` and `--quiet` on the installed hook under real `git commit` (issue 18, item 13):
/// a warning left out neither shows nor blocks, even with `--strict`; an error still blocks.
@Suite(.serialized)
struct HookLevelsTests {
    /// RF004 (a warning): a path on someone's machine.
    static let warningOnly = "# Rules\n\n- Open /Users/ana/src/app/README.md first.\n"
    /// The same warning and, on line 4, RS002 (an error under `HookRepository.config`).
    static let warningAndError = warningOnly + "<!-- rulesmith-disable-next-line NOPE999 -->\n- Keep it short.\n"

    /// The installed hook's script with `arguments` after `hook run`, as the README says to edit it.
    static func installHook(in repo: HookRepository, passing arguments: String) throws {
        #expect(try repo.rulesmith("hook", "install").status == 0)
        let hook = repo.root + "/.git/hooks/pre-commit"
        let script = try repo.read(hook)
        #expect(script.contains(" hook run </dev/null"))
        try repo.write(hook, script.replacingOccurrences(of: " hook run </dev/null", with: " hook run \(arguments) </dev/null"), mode: 0o755)
    }

    @Test(arguments: ["--strict --min-severity error", "--strict --quiet"])
    func aHiddenWarningNeitherShowsNorBlocksAndAnErrorStillBlocks(arguments: String) throws {
        let repo = try HookRepository()
        try Self.installHook(in: repo, passing: arguments)

        try repo.write("CLAUDE.md", Self.warningOnly)
        try repo.git("add", "CLAUDE.md")
        // Without the levels, the staged file has a warning that --strict would block on.
        let unfiltered = try repo.rulesmith("hook", "run", "--strict")
        #expect(unfiltered.status == 1, "\(unfiltered.output)")
        #expect(unfiltered.stdout.contains("CLAUDE.md:3:8: warning:") && unfiltered.stdout.contains("[RF004]"), "\(unfiltered.output)")
        let passed = try repo.commit("warning only")
        #expect(passed.status == 0, "\(passed.output)")
        #expect(repo.headSubject == "warning only")
        #expect(!passed.output.contains("RF004") && !passed.output.contains("warning:"), "\(passed.output)")

        try repo.write("AGENTS.md", Self.warningAndError)
        try repo.git("add", "AGENTS.md")
        let blocked = try repo.commit("warning and error")
        #expect(blocked.status != 0, "\(blocked.output)")
        #expect(repo.headSubject == "warning only")
        #expect(blocked.output.contains("AGENTS.md:4:1: error:") && blocked.output.contains("[RS002]"), "\(blocked.output)")
        #expect(!blocked.output.contains("RF004") && !blocked.output.contains("warning:"), "\(blocked.output)")
    }
}
