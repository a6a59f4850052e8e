import Foundation
import Testing

/// libgit2 and its ~15 dependencies are loaded on first use, not at start-up: linting (what the
/// pre-commit hook does on every commit when nothing is staged) never loads them, a git command does.
@Suite(.serialized)
struct LazyLibgit2Tests {
    /// The shared objects the dynamic loader opened, from its `LD_DEBUG=files` trace on stderr.
    private static func loaded(_ run: HookRepository.Run) -> [String] {
        run.stderr.split(separator: "\n").compactMap { line in
            guard let start = line.range(of: "file=") else { return nil }
            return String(line[start.upperBound...].prefix { $0 != " " && $0 != "\t" && $0 != ";" })
        }
    }

    @Test func lintDoesNotLoadLibgit2AndAGitCommandDoes() throws {
        let repo = try HookRepository()
        try repo.write("AGENTS.md", HookRepository.good)
        let lint = try repo.rulesmith("lint", "AGENTS.md", env: ["LD_DEBUG": "files"])
        #expect(lint.status == 0, "\(lint.output)")
        #expect(!Self.loaded(lint).isEmpty, "no loader trace: \(lint.stderr)")
        #expect(!Self.loaded(lint).contains { $0.hasPrefix("libgit2") })

        try repo.git("add", "AGENTS.md")
        let hook = try repo.rulesmith("hook", "run", env: ["LD_DEBUG": "files"])
        #expect(hook.status == 0, "\(hook.output)")
        #expect(Self.loaded(hook).contains { $0.hasPrefix("libgit2.so") })
    }
}
