import RulesmithEditors

/// RP003: a JavaScript package manager other than the one the repository uses (`npm install`
/// in a pnpm repository), fixed where the right spelling is certain.
struct WrongPackageManagerRule: Rule {
    static let pnpmPackage = """
        {
          "name": "shop",
          "packageManager": "pnpm@9.1.0",
          "scripts": { "test": "vitest run", "lint": "eslint ." }
        }

        """

    let description = RuleDescription(
        id: "RP003", name: "wrong-package-manager",
        summary: "Uses a package manager the repository does not use",
        rationale: """
            `npm install` in a pnpm repository writes a package-lock.json beside pnpm-lock.yaml and \
            resolves other versions than the lockfile pins; `yarn test` where npm owns the lockfile \
            may not even be installed. The package manager comes from package.json's \
            `packageManager` field or the lock file, and is judged only when every JavaScript \
            project of the repository agrees. The fix rewrites `npm install`, `npm test` and \
            `npm run x` (any manager's) in the repository's manager's spelling.
            """,
        kinds: FileKind.rulesFiles, tags: [.rulesFiles, RepositoryRules.tag], defaultSeverity: .warning, fix: .safe,
        triggering: [
            Example("Install with `↓npm install`, then run `↓npm run lint`.\n", kind: .agentsMd, files: ["package.json": pnpmPackage, "pnpm-lock.yaml": ""]),
            Example("```sh\n↓yarn test\n```\n", kind: .claudeMd, files: ["package.json": "{\"scripts\":{\"test\":\"jest\"}}\n", "package-lock.json": "{}\n"]),
        ],
        nonTriggering: [
            Example("Install with `pnpm install`, then run `pnpm lint` and `pnpm dlx prettier .`.\n", kind: .agentsMd, files: ["package.json": pnpmPackage, "pnpm-lock.yaml": ""]),
            Example("Run `npm test`.\n", kind: .agentsMd),
        ],
        corrections: [
            Correction(
                Example("Run `npm install`, `npm test` and `npm run lint`.\n", kind: .agentsMd, files: ["package.json": pnpmPackage, "pnpm-lock.yaml": ""]),
                "Run `pnpm install`, `pnpm test` and `pnpm lint`.\n"),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let repository = document.repositoryForRules, let wanted = repository.javascriptManager else { return [] }
        var findings: [Finding] = []
        for words in document.analysis(ShellCommands.self).commands {
            guard let used = JavaScriptManagers.manager(ofWord: words[0].text), used != wanted.name else { continue }
            findings.append(Finding(
                range: words[0].range,
                message: "the repository uses \(wanted.name) (\(wanted.evidence.description)), not \(used)"
                    + "; \(used) would ignore \(wanted.name)'s lock file",
                fix: fix(words, to: wanted.name)))
        }
        return findings
    }

    /// The command in `manager`'s spelling, when it is certain: an install without arguments,
    /// or a script run with nothing after the script's name.
    private func fix(_ words: [ShellCommands.Word], to manager: String) -> Fix? {
        let replacement: String
        let end: Int
        if words.count == 2, ["install", "i"].contains(words[1].text), words[0].text != "npx", words[0].text != "bunx" {
            replacement = "\(manager) install"
            end = words[1].range.upperBound
        } else if let (_, name, after) = JavaScriptManagers.script(in: words), after == words.count,
                  words.count <= 3 {
            replacement = JavaScriptManagers.spelled(name.text, manager: manager)
            end = name.range.upperBound
        } else {
            return nil
        }
        return Fix(.safe, title: "Use \(manager)", edits: [TextEdit(range: words[0].range.lowerBound..<end, replacement: replacement)])
    }
}
