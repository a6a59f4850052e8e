import Foundation

/// Rows for `init`, `status`, `diff`, `apply`, `adopt`, `check` and `hook …`.
extension BadInputTable {
    static let workflow: [BadInputCase] = [
        // init
        BadInputCase(name: "init: read-only repository", arguments: ["init", "--yes"], expected: .refused, user: BadInputCase.nobody),
        // The base store's folder inside .git may be created before the first file fails.
        BadInputCase(name: "init: full disk", arguments: ["init", "--yes"], expected: .refused,
                     mayChange: ["repo/.git/rulesmith"], mentions: "no space") { try fullDisk($0) },
        BadInputCase(name: "init: corrupt registry", arguments: ["init", "--yes"], expected: .refused) { try corruptRegistry($0) },
        BadInputCase(name: "init: foreign SQLite registry", arguments: ["init", "--yes"], expected: .refused) { try foreignRegistry($0) },
        BadInputCase(name: "init: stack id with ..", arguments: ["init", "--yes", "--stack", "../../etc"], expected: .refused),
        BadInputCase(name: "init: unknown target with ..", arguments: ["init", "--yes", "--targets", "../x,/etc/passwd"], expected: .refused),
        BadInputCase(name: "init: config with .. and absolute stacks and overlays", arguments: ["init", "--yes"], expected: .refused) {
            try $0.write("repo/.rulesmith.yml", "stacks: [../../outside, /etc]\noverlays: [../outside, /etc/passwd]\n")
        },
        // A generated path that cannot be written is skipped and reported (a folder: exit 1; a
        // symlink is left alone by design: exit 0); the rest is written.
        BadInputCase(name: "init: generated path is a symlink out of the repository", arguments: ["init", "--yes"],
                     expected: .exits([0, 1]), mayChange: initWrites) {
            try $0.write("outside/AGENTS.md", "# Outside\n")
            try $0.link("repo/AGENTS.md", to: "../outside/AGENTS.md")
        },
        BadInputCase(name: "init: generated path is a symlink loop", arguments: ["init", "--yes"], expected: .exits([0, 1]),
                     mayChange: initWrites) {
            try $0.link("repo/AGENTS.md", to: "AGENTS.md")
        },
        BadInputCase(name: "init: a folder where a generated file goes", arguments: ["init", "--yes"], expected: .exits([1]),
                     mayChange: initWrites) {
            try $0.makeFolder("repo/AGENTS.md")
        },
        BadInputCase(name: "init --commit: in the middle of a merge", arguments: ["init", "--yes", "--commit"], expected: .refused,
                     mayChange: ["repo/.git/index"]) { try mergeConflict($0) },
        BadInputCase(name: "init --commit: in the middle of a rebase", arguments: ["init", "--yes", "--commit"], expected: .refused,
                     mayChange: ["repo/.git/index"]) { try rebaseConflict($0) },
        BadInputCase(name: "init --commit: detached HEAD", arguments: ["init", "--yes", "--commit"], expected: .exits([0, 2]),
                     mayChange: ["repo"]) { try detach($0) },
        BadInputCase(name: "init: not a git repository", arguments: ["init", "--yes"], state: .bare, expected: .exits([0, 2]),
                     mayChange: ["repo"]),

        // status / diff / check / apply / adopt on an initialised repository
        BadInputCase(name: "status: corrupt lockfile", arguments: ["status"], state: .initialised, expected: .refused,
                     mentions: ".rulesmith.lock") { try $0.write("repo/.rulesmith.lock", BadInputBytes.binary) },
        BadInputCase(name: "check: lockfile is a directory", arguments: ["check"], state: .initialised, expected: .refused) {
            try $0.remove("repo/.rulesmith.lock")
            try $0.makeFolder("repo/.rulesmith.lock")
        },
        BadInputCase(name: "diff: lockfile entry with ..", arguments: ["diff"], state: .initialised, expected: .refused) {
            try escapingLockfile($0, to: "../outside/CLAUDE.md")
        },
        BadInputCase(name: "check: lockfile entry with an absolute path", arguments: ["check"], state: .initialised, expected: .refused) {
            try escapingLockfile($0, to: "/etc/passwd")
        },
        BadInputCase(name: "apply: lockfile entry with ..", arguments: ["apply"], state: .initialised, expected: .refused) {
            try escapingLockfile($0, to: "../outside/CLAUDE.md")
        },
        BadInputCase(name: "status: corrupt config", arguments: ["status"], state: .initialised, expected: .problemList,
                     mentions: ".rulesmith.yml") { try $0.write("repo/.rulesmith.yml", BadInputBytes.aliasBombConfig) },
        BadInputCase(name: "status: corrupt registry", arguments: ["status"], state: .initialised, expected: .refused) {
            try corruptRegistry($0)
        },
        BadInputCase(name: "check: generated file replaced by a symlink loop", arguments: ["check"], state: .initialised,
                     expected: .exits([1, 2])) {
            try $0.link("repo/AGENTS.md", to: "AGENTS.md")
        },
        BadInputCase(name: "apply: generated file is a symlink out of the repository", arguments: ["apply", "--force"],
                     state: .initialised, expected: .exits([0, 1, 2]), mayChange: ["repo/.rulesmith", "repo/.rulesmith.lock"]) {
            try $0.write("outside/AGENTS.md", "# Outside\n")
            try $0.link("repo/AGENTS.md", to: "../outside/AGENTS.md")
        },
        // The backup folder inside .git may be created before the first file fails.
        BadInputCase(name: "apply: full disk", arguments: ["apply", "--force"], state: .initialised, expected: .refused,
                     mayChange: ["repo/.git/rulesmith"]) {
            try $0.write("repo/AGENTS.md", "# Hand edit\n")
            try fullDisk($0)
        },
        BadInputCase(name: "apply: read-only repository", arguments: ["apply", "--force"], state: .initialised, expected: .refused,
                     user: BadInputCase.nobody) {
            try $0.write("repo/AGENTS.md", "# Hand edit\n")
        },
        BadInputCase(name: "apply --commit: in the middle of a merge", arguments: ["apply", "--commit"], state: .initialised,
                     expected: .refused, mayChange: ["repo/.git/index"]) {
            try $0.write("repo/tool.cfg", "y\n")
            try mergeConflict($0)
        },
        BadInputCase(name: "adopt: path with ..", arguments: ["adopt", "../outside/CLAUDE.md"], state: .initialised, expected: .refused),
        BadInputCase(name: "adopt: absolute path outside", arguments: ["adopt", "$ROOT/outside/CLAUDE.md"], state: .initialised,
                     expected: .refused),
        BadInputCase(name: "adopt: a directory", arguments: ["adopt", ".cursor"], state: .initialised, expected: .refused),
        BadInputCase(name: "adopt: generated file with NUL bytes", arguments: ["adopt", "AGENTS.md"], state: .initialised,
                     expected: .exits([0, 1, 2]), mayChange: ["repo/.rulesmith", "repo/.rulesmith.yml", "repo/.rulesmith.lock", "repo/AGENTS.md"]) {
            try $0.write("repo/AGENTS.md", BadInputBytes.nul)
        },
        BadInputCase(name: "status: not a git repository and no config", arguments: ["status"], state: .bare, expected: .refused),
    ]

    /// What `init` writes besides the generated files.
    static let initWrites = ["repo/.rulesmith.yml", "repo/.rulesmith.lock", "repo/.git/rulesmith", "repo/AGENTS.md", "repo/CLAUDE.md"]

    static let hook: [BadInputCase] = [
        BadInputCase(name: "hook install: hooks folder is a file", arguments: ["hook", "install"], expected: .refused) {
            try $0.remove("repo/.git/hooks")
            try $0.write("repo/.git/hooks", "not a folder\n")
        },
        BadInputCase(name: "hook install: pre-commit is a folder", arguments: ["hook", "install"], expected: .refused) {
            try $0.makeFolder("repo/.git/hooks/pre-commit")
        },
        BadInputCase(name: "hook install: read-only repository", arguments: ["hook", "install"], expected: .refused,
                     user: BadInputCase.nobody),
        BadInputCase(name: "hook install: not a repository", arguments: ["hook", "install"], state: .bare, expected: .refused),
        BadInputCase(name: "hook install: full disk", arguments: ["hook", "install"], expected: .refused) { try fullDisk($0) },
        BadInputCase(name: "hook install: pre-commit is a symlink out of the repository", arguments: ["hook", "install", "--chain"],
                     expected: .exits([0, 2]), mayChange: ["repo/.git/hooks"]) {
            try $0.write("outside/pre-commit", "#!/bin/sh\nexit 0\n")
            try $0.link("repo/.git/hooks/pre-commit", to: $0.outside + "/pre-commit")
        },
        BadInputCase(name: "hook uninstall: foreign hook", arguments: ["hook", "uninstall"], expected: .exits([0, 2])) {
            try $0.write("repo/.git/hooks/pre-commit", "#!/bin/sh\necho mine\n")
        },
        BadInputCase(name: "hook uninstall: chained hook name is a folder", arguments: ["hook", "uninstall"], expected: .exits([0, 2]),
                     mayChange: ["repo/.git/hooks"]) {
            try $0.write("repo/.git/hooks/pre-commit", "#!/bin/sh\n# rulesmith-hook\n")
            try $0.makeFolder("repo/.git/hooks/pre-commit.rulesmith-chained")
        },
        BadInputCase(name: "hook run: corrupt index", arguments: ["hook", "run"], expected: .refused) {
            try $0.write("repo/.git/index", BadInputBytes.binary)
        },
        BadInputCase(name: "hook run: staged files with NUL bytes and invalid UTF-8", arguments: ["hook", "run"], expected: .linted,
                     mayChange: ["repo/.git"]) {
            try $0.write("repo/CLAUDE.md", BadInputBytes.nul)
            try $0.write("repo/AGENTS.md", BadInputBytes.invalidUTF8)
            try $0.write("repo/llms.txt", BadInputBytes.nestedQuotes)
            try $0.git("add", "-A")
        },
        BadInputCase(name: "hook run: in the middle of a merge", arguments: ["hook", "run"], expected: .linted,
                     mayChange: ["repo/.git"]) { try mergeConflict($0) },
        BadInputCase(name: "hook run: in the middle of a rebase", arguments: ["hook", "run"], expected: .linted,
                     mayChange: ["repo/.git"]) { try rebaseConflict($0) },
        BadInputCase(name: "hook run: detached HEAD", arguments: ["hook", "run"], expected: .linted, mayChange: ["repo/.git"]) {
            try detach($0)
        },
        BadInputCase(name: "hook run: not a repository", arguments: ["hook", "run"], state: .bare, expected: .refused),
    ]
}
