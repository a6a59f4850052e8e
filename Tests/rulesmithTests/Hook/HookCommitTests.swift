import Foundation
import RulesmithKit
import Testing

/// The installed hook under real `git commit` (the git CLI runs hooks; libgit2 does not): staged
/// content decides, foreign hooks are chained or preserved, core.hooksPath and worktrees work,
/// uninstall restores.
@Suite(.serialized)
struct HookCommitTests {
    @Test func badStagedFileBlocksAndGoodOnePasses() throws {
        let repo = try HookRepository()
        let install = try repo.rulesmith("hook", "install")
        #expect(install.status == 0, "\(install.output)")
        #expect(install.stdout == "rulesmith: installed the pre-commit hook at .git/hooks/pre-commit\n")

        try repo.write("CLAUDE.md", HookRepository.bad)
        try repo.git("add", "CLAUDE.md")
        let blocked = try repo.commit("bad")
        #expect(blocked.status != 0)
        #expect(repo.headSubject == "initial")
        #expect(blocked.output.contains("CLAUDE.md:4:1: error:"))
        #expect(blocked.output.contains("[RS002]"))
        let tail = blocked.stderr.split(separator: "\n").suffix(2).map(String.init)
        #expect(tail == [
            "  fix:    rulesmith lint --fix CLAUDE.md  (and edit what it cannot fix), then: git add CLAUDE.md",
            "  bypass: git commit --no-verify",
        ])

        // Fixed in the work tree but not staged: the commit would still carry the bad text.
        try repo.write("CLAUDE.md", HookRepository.good)
        #expect(try repo.commit("fixed but not staged").status != 0)
        #expect(repo.headSubject == "initial")

        try repo.git("add", "CLAUDE.md")
        let passed = try repo.commit("good")
        #expect(passed.status == 0, "\(passed.output)")
        #expect(repo.headSubject == "good")
        #expect(!passed.output.contains("rulesmith"))
    }

    @Test func aGoodStagedTextPassesWhateverTheWorkTreeSays() throws {
        let repo = try HookRepository()
        #expect(try repo.rulesmith("hook", "install").status == 0)
        try repo.write("AGENTS.md", HookRepository.good)
        try repo.git("add", "AGENTS.md")
        try repo.write("AGENTS.md", HookRepository.bad)
        let passed = try repo.commit("partial")
        #expect(passed.status == 0, "\(passed.output)")
        // `commit -a` stages the bad work tree into a temporary index, which the hook reads.
        let blocked = try repo.commit("all", "-a")
        #expect(blocked.status != 0)
        #expect(blocked.output.contains("AGENTS.md:4:1"))
        #expect(repo.headSubject == "partial")
        // Bypass, as the message says.
        #expect(try repo.commit("bypassed", "-a", "--no-verify").status == 0)
        #expect(repo.headSubject == "bypassed")
    }

    @Test func aForeignHookIsRefusedThenChainedAndRestored() throws {
        let repo = try HookRepository()
        let hook = repo.root + "/.git/hooks/pre-commit"
        let foreign = """
            #!/bin/sh
            # a team's own hook
            echo "theirs ran" >> "$(git rev-parse --show-toplevel)/.home/theirs.log"
            if [ -e "$(git rev-parse --show-toplevel)/.home/theirs-fail" ]; then echo "theirs says no" >&2; exit 3; fi
            exit 0

            """
        try repo.write(hook, foreign, mode: 0o755)
        let refused = try repo.rulesmith("hook", "install")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--chain"))
        #expect(try repo.read(hook) == foreign)

        let chained = try repo.rulesmith("hook", "install", "--chain")
        #expect(chained.status == 0, "\(chained.output)")
        #expect(chained.stdout.contains("moved to .git/hooks/pre-commit.rulesmith-chained"))
        #expect(try repo.read(hook + ".rulesmith-chained") == foreign)
        #expect(try repo.rulesmith("hook", "install", "--chain").stdout.contains("already installed"))

        // Both pass: the commit goes on, and theirs ran after ours.
        try repo.write("AGENTS.md", HookRepository.good)
        try repo.git("add", "AGENTS.md")
        #expect(try repo.commit("both pass").status == 0)
        #expect(try repo.read(".home/theirs.log") == "theirs ran\n")

        // Theirs fails: blocked although rulesmith is happy.
        try repo.write(".home/theirs-fail", "")
        try repo.write("AGENTS.md", HookRepository.good + "- More.\n")
        try repo.git("add", "AGENTS.md")
        let theirsFail = try repo.commit("theirs fails")
        #expect(theirsFail.status != 0)
        #expect(theirsFail.stderr.contains("theirs says no"))
        #expect(repo.headSubject == "both pass")

        // Ours fails: blocked, and theirs still ran so its feedback shows too.
        try FileManager.default.removeItem(atPath: repo.root + "/.home/theirs-fail")
        try repo.write("AGENTS.md", HookRepository.bad)
        try repo.git("add", "AGENTS.md")
        let oursFail = try repo.commit("ours fails")
        #expect(oursFail.status != 0)
        #expect(oursFail.output.contains("AGENTS.md:4:1"))
        #expect(try repo.read(".home/theirs.log") == "theirs ran\ntheirs ran\ntheirs ran\n")
        #expect(repo.headSubject == "both pass")

        let uninstall = try repo.rulesmith("hook", "uninstall")
        #expect(uninstall.status == 0)
        #expect(uninstall.stdout.contains("restored the previous hook"))
        #expect(try repo.read(hook) == foreign)
        #expect(repo.mode(hook) == 0o755)
        #expect(!repo.exists(hook + ".rulesmith-chained"))
        // Only theirs now: the bad file goes through.
        #expect(try repo.commit("theirs only").status == 0)
    }

    @Test func relativeCoreHooksPathIsHonouredAndUninstallRemovesWhatInstallMade() throws {
        let repo = try HookRepository()
        try repo.git("config", "core.hooksPath", ".githooks")
        try FileManager.default.createDirectory(atPath: repo.root + "/docs", withIntermediateDirectories: true)
        let install = try repo.rulesmith("hook", "install", in: repo.root + "/docs")
        #expect(install.status == 0, "\(install.output)")
        #expect(repo.exists(".githooks/pre-commit"))
        #expect(!repo.exists(".git/hooks/pre-commit"))
        try repo.write("docs/AGENTS.md", HookRepository.bad)
        try repo.git("add", "docs/AGENTS.md")
        let blocked = try repo.commit("bad", in: repo.root + "/docs")
        #expect(blocked.status != 0)
        #expect(blocked.output.contains("docs/AGENTS.md:4:1"))
        let uninstall = try repo.rulesmith("hook", "uninstall")
        #expect(uninstall.stdout.contains("and the hooks folder it had created"))
        #expect(!repo.exists(".githooks"))
        #expect(try repo.commit("no hook now").status == 0)
    }

    @Test func linkedWorktreeCommitsRunTheSharedHook() throws {
        let repo = try HookRepository()
        #expect(try repo.rulesmith("hook", "install").status == 0)
        let tree = repo.scratch + "/tree"
        try repo.git("worktree", "add", "-q", "-b", "feature", tree)
        try repo.write(tree + "/llms.txt", "# P\n\n> S.\n<!-- rulesmith-disable-next-line NOPE999 -->\n")
        try repo.git("add", "llms.txt", in: tree)
        let blocked = try repo.commit("bad in worktree", in: tree)
        #expect(blocked.status != 0)
        #expect(blocked.output.contains("llms.txt:4:1"))
        try repo.write(tree + "/llms.txt", "# P\n\n> S.\n")
        try repo.git("add", "llms.txt", in: tree)
        #expect(try repo.commit("good in worktree", in: tree).status == 0)
    }

    @Test func aMissingBinaryBlocksWithAClearMessage() throws {
        let repo = try HookRepository()
        let hook = repo.root + "/.git/hooks/pre-commit"
        try repo.write(hook, HookScript.render(executable: repo.scratch + "/gone/rulesmith", createdFolder: false), mode: 0o755)
        let blocked = try repo.commit("nothing to run", "--allow-empty", env: ["PATH": "/usr/bin:/bin"])
        #expect(blocked.status != 0)
        #expect(blocked.stderr.contains("rulesmith is neither at \(repo.scratch)/gone/rulesmith nor on PATH"))
        #expect(blocked.stderr.contains("git commit --no-verify"))
    }

    @Test func lintStagedOnTheCommandLine() throws {
        let repo = try HookRepository()
        try repo.write("pkg/AGENTS.md", HookRepository.bad)
        try repo.write("other/CLAUDE.md", HookRepository.good)
        try repo.git("add", "-A")
        try repo.write("pkg/AGENTS.md", HookRepository.good)
        let all = try repo.rulesmith("lint", "--staged")
        #expect(all.status == 1)
        #expect(all.stdout.contains("pkg/AGENTS.md:4:1: error:"))
        #expect(all.stdout.contains("in 2 files"))
        #expect(try repo.rulesmith("lint", "--staged", "AGENTS.md", in: repo.root + "/pkg").stdout.hasPrefix("AGENTS.md:4:1"))
        #expect(try repo.rulesmith("lint", "--staged", "other").status == 0)
        #expect(try repo.rulesmith("lint", "pkg/AGENTS.md").status == 0)
        let json = try repo.rulesmith("lint", "--staged", "--format", "json")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String } == ["other/CLAUDE.md", "pkg/AGENTS.md"])
        let fix = try repo.rulesmith("lint", "--staged", "--fix")
        #expect(fix.status == 2)
        #expect(fix.stderr.contains("git add"))
        #expect(try repo.rulesmith("lint", "--staged", "-", "--kind", "agents-md").status == 2)
        let outside = try repo.rulesmith("lint", "--staged", in: repo.scratch, env: ["GIT_CEILING_DIRECTORIES": repo.scratch])
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("not inside a git repository"))
    }
}
