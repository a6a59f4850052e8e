import Foundation
import Testing

/// `git commit -a` (running rulesmith's pre-commit hook) while `rulesmith apply --latest` rewrites
/// the generated files of the same repository: git stages each file whole (old or new bytes),
/// and the hook either passes or blocks with its message; it never crashes or errors.
@Suite(.serialized)
struct HookDuringApplyTests {
    @Test func commitDuringApplyPassesOrBlocksCleanly() throws {
        let scratch = try Scratch("hook-apply")
        let fixture = try UpgradeFixture(scratch)
        // No hand edits here (a committed hand edit always blocks): only the upgrade races the commit.
        try fixture.resetLive()
        try scratch.git(["checkout", "-q", "--", "."], in: fixture.live)
        try fixture.rulesmith(["hook", "install"], in: fixture.live)
        let base = scratch.root + "/hook-base"
        try scratch.restore(fixture.live, to: base)
        let old = Scratch.snapshot(base)
        let reference = try fixture.spawn().wait()
        try #require(reference.status == 0, "\(reference.output)")
        let new = Scratch.snapshot(fixture.live)

        var passed = 0
        var blocked = 0
        var gitRefused = 0
        for round in 0..<6 {
            try scratch.restore(base, to: fixture.live)
            try scratch.write(fixture.live + "/README.md", "# Demo, round \(round)\n")
            let apply = try fixture.spawn()
            // Stagger the commit across the apply's run so it lands before, during and after the writes.
            usleep(UInt32(round) * 40_000)
            let commit = try Spawned(
                "/usr/bin/git", ["commit", "-a", "-m", "round \(round)"], in: fixture.live,
                environment: scratch.environment(registry: fixture.registry), logs: scratch.logs
            ).wait()
            let applied = apply.wait()
            ConcurrentApplyTests.expectNoCrash(applied, "apply (round \(round))")
            ConcurrentApplyTests.expectNoCrash(commit, "git commit (round \(round))")
            #expect(applied.status == 0, "round \(round): apply: \(applied.output)")
            #expect(Scratch.snapshot(fixture.live).filter { $0.key != "README.md" } == new.filter { $0.key != "README.md" }, "round \(round)")
            if commit.status == 0 {
                passed += 1
                // What was committed is, file by file, the old or the new text: never torn.
                for path in Set(old.keys).union(new.keys) where path != "README.md" {
                    let shown = try scratch.run("/usr/bin/git", ["show", "HEAD:" + path], in: fixture.live, allowFailure: true)
                    let committed = shown.status == 0 ? Data(shown.stdout.utf8) : nil
                    #expect(committed == old[path] || committed == new[path], "round \(round): committed \(path) is neither old nor new")
                }
            } else if commit.status == 128 {
                // git itself gave up staging a file apply deleted under it (`commit -a` is not
                // atomic against a concurrent writer); the hook never ran.
                gitRefused += 1
                #expect(commit.stderr.hasPrefix("fatal: ") && commit.stderr.contains("No such file"), "round \(round): \(commit.output)")
            } else {
                blocked += 1
                // Blocked by the hook (its findings and how to fix them), never by an error.
                #expect(commit.status == 1, "round \(round): git commit: \(commit.output)")
                #expect(commit.output.contains("rulesmith"), "round \(round): \(commit.output)")
                #expect(!commit.output.contains("rulesmith: error") && !commit.output.contains("internal error"), "round \(round): \(commit.output)")
            }
        }
        print("concurrency hook during apply: \(passed) commits passed, \(blocked) blocked by the hook, \(gitRefused) refused by git")
    }
}
