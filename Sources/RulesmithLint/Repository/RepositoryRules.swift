/// The RP family: instructions in a rules file that the repository itself contradicts (a script,
/// make target or path it does not have, another package manager, another version). They need
/// the repository's facts (`LintDocument.repository`) and stay silent without them.
public enum RepositoryRules {
    public static let all: [any Rule] = [
        MissingPackageScriptRule(),
        MissingMakeTargetRule(),
        WrongPackageManagerRule(),
        ContradictedVersionRule(),
        MissingPathRule(),
    ]

    /// The tag every RP rule carries.
    public static let tag: RuleTag = .repository

    /// Whether `options` turn any RP rule on: if none is, nothing reads the repository context,
    /// and Kit does not build it (a walk of the whole work tree).
    public static func anyEnabled(_ options: LintOptions) -> Bool {
        all.contains { options.isEnabled($0.description) }
    }
}

extension LintDocument {
    /// The repository context when the document is readable rules text and one was given.
    var repositoryForRules: RepositoryContext? {
        guard let repository, isReadableRulesText else { return nil }
        return repository
    }
}

/// How each JavaScript package manager spells running a script, and the names it keeps for itself.
enum JavaScriptManagers {
    /// The manager a command word stands for (`npx` is npm's, `bunx` bun's).
    static func manager(ofWord word: String) -> String? {
        switch word {
        case "npm", "npx": "npm"
        case "pnpm", "pnpx": "pnpm"
        case "yarn": "yarn"
        case "bun", "bunx": "bun"
        default: nil
        }
    }

    /// Subcommands a manager runs itself, so `pnpm install` is not the script `install`.
    static let builtins: [String: Set<String>] = [
        "npm": ["install", "i", "ci", "add", "uninstall", "remove", "rm", "update", "up", "exec", "x", "init", "create", "publish", "pack", "audit", "ls", "list", "outdated", "why", "config", "link", "version", "view", "info", "login", "logout", "whoami", "cache", "dedupe", "doctor", "fund", "prune", "rebuild", "help", "explain", "query", "pkg", "set", "get"],
        "pnpm": ["add", "install", "i", "update", "up", "remove", "rm", "link", "unlink", "import", "rebuild", "prune", "fetch", "patch", "patch-commit", "exec", "dlx", "create", "init", "publish", "pack", "audit", "list", "ls", "outdated", "why", "store", "root", "bin", "env", "setup", "server", "deploy", "licenses", "doctor", "config", "recursive", "approve-builds", "self-update", "help"],
        "yarn": ["add", "install", "remove", "upgrade", "upgrade-interactive", "info", "init", "pack", "publish", "version", "workspace", "workspaces", "why", "config", "cache", "dlx", "exec", "link", "unlink", "constraints", "plugin", "set", "up", "npm", "node", "bin", "explain", "patch", "patch-commit", "rebuild", "stage", "audit", "outdated", "licenses", "global", "import", "owner", "team", "tag", "login", "logout", "check", "policies", "generate-lock-entry", "autoclean", "dedupe", "help", "create"],
        "bun": ["install", "i", "add", "remove", "rm", "update", "upgrade", "link", "unlink", "pm", "build", "init", "create", "x", "exec", "publish", "outdated", "patch", "audit", "info", "why", "help", "repl", "completions"],
    ]

    /// Options whose value is the next word (`--filter web`).
    static let optionsWithValue: Set<String> = ["--filter", "-F", "--dir", "-C", "--cwd", "--prefix", "--workspace", "-w"]

    /// How `manager` runs the script `name`.
    static func spelled(_ name: String, manager: String) -> String {
        switch manager {
        case "npm": name == "test" || name == "start" ? "npm \(name)" : "npm run \(name)"
        case "bun": "bun run \(name)"
        default: builtins[manager]?.contains(name) == true || name == "run" ? "\(manager) run \(name)" : "\(manager) \(name)"
        }
    }

    /// The script a command runs, with the word naming it and the index after it: `npm run x`,
    /// `npm test`, `pnpm x`, `yarn run x`, `bun run x`. Nil for built-in subcommands, `npx` and
    /// `bunx`, and scripts given through a variable.
    static func script(in words: [ShellCommands.Word]) -> (manager: String, name: ShellCommands.Word, end: Int)? {
        guard let first = words.first, let manager = manager(ofWord: first.text), first.text != "npx", first.text != "bunx",
              first.text != "pnpx" else { return nil }
        var index = 1
        var sawRun = false
        while index < words.count {
            let word = words[index].text
            if optionsWithValue.contains(word) {
                index += 2
                continue
            }
            if word.hasPrefix("-") {
                index += 1
                continue
            }
            if !sawRun, word == "run" || word == "run-script" {
                sawRun = true
                index += 1
                continue
            }
            break
        }
        guard index < words.count else { return nil }
        let name = words[index]
        guard !name.text.isEmpty, name.text.allSatisfy({ $0.isLetter || $0.isNumber || ":-_.".contains($0) }) else { return nil }
        if !sawRun {
            if manager == "npm" { guard name.text == "test" || name.text == "t" || name.text == "start" else { return nil } }
            if manager == "bun" { return nil }
            if builtins[manager]?.contains(name.text) == true { return nil }
        }
        let script = ShellCommands.Word(text: name.text == "t" ? "test" : name.text, range: name.range)
        return (manager, script, index + 1)
    }
}
