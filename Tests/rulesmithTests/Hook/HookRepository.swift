import Foundation
import RulesmithTestSupport

/// A `ScratchRepository` for end-to-end hook tests: committed with a configuration, and the built
/// `rulesmith` binary beside git.
final class HookRepository: ScratchRepository {
    /// RS002 (a suppression naming an unknown rule) raised to error: a finding that stays put as
    /// the rule catalogue grows.
    static let config = "lint:\n  rules:\n    RS002: error\n"
    static let good = "# Rules\n\n- Run the tests.\n"
    static let bad = "# Rules\n\n- Run the tests.\n<!-- rulesmith-disable-next-line NOPE999 -->\n- Keep it short.\n"

    init(files: [String: String] = [".rulesmith.yml": HookRepository.config, "README.md": "readme\n"]) throws {
        try super.init(prefix: "rulesmith-hook-cli-", home: .inWorkTree, dropping: ["PRE_COMMIT"], files: files, commitEmpty: true)
    }

    /// The built rulesmith binary, run in the work tree (or `directory`).
    @discardableResult
    func rulesmith(_ arguments: String..., in directory: String? = nil, env: [String: String] = [:]) throws -> Run {
        try run(Rulesmith.executable.path, arguments, in: directory, env: env, allowFailure: true)
    }

    /// `git commit -m message` plus extra arguments; never throws on a blocked commit.
    func commit(_ message: String, _ extra: String..., in directory: String? = nil, env: [String: String] = [:]) throws -> Run {
        try run("/usr/bin/git", ["commit", "-m", message] + extra, in: directory, env: env, allowFailure: true)
    }
}
