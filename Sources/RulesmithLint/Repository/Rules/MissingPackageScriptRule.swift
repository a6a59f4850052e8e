import RulesmithEditors

/// RP001: `npm run x`, `pnpm x`, `yarn x` for a script no package.json of the repository has.
struct MissingPackageScriptRule: Rule {
    static let package = """
        {
          "name": "shop",
          "packageManager": "pnpm@9.1.0",
          "scripts": { "dev": "next dev", "test": "vitest run", "lint:fix": "eslint --fix ." },
          "devDependencies": { "eslint": "^9.0.0" }
        }

        """

    let description = RuleDescription(
        id: "RP001", name: "missing-package-script",
        summary: "Runs a package.json script the repository does not have",
        rationale: """
            An agent runs the commands its rules give it. `npm run lint` where no package.json has a \
            `lint` script fails with "Missing script", and the agent either gives up on the check \
            or improvises another one. The scripts are read from every package.json the repository \
            tracks; `pnpm x` and `yarn x` may also run a dependency's binary, so those names count too.
            """,
        kinds: FileKind.rulesFiles, tags: [.rulesFiles, RepositoryRules.tag], defaultSeverity: .warning,
        triggering: [
            Example("Run `pnpm ↓lint` before committing.\n", kind: .agentsMd, files: ["package.json": package, "pnpm-lock.yaml": ""]),
            Example("```sh\npnpm install\npnpm run ↓typecheck && pnpm test\n```\n", kind: .claudeMd, files: ["package.json": package]),
        ],
        nonTriggering: [
            Example("Run `pnpm test`, `pnpm lint:fix`, `pnpm eslint .` and `pnpm run dev`.\n", kind: .agentsMd, files: ["package.json": package]),
            Example("Run `npm run lint`.\n", kind: .agentsMd),
            Example("Make sure to run lint before pnpm typecheck.\n", kind: .agentsMd, files: ["package.json": package]),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let repository = document.repositoryForRules, !repository.packageScripts.isEmpty else { return [] }
        let scripts = repository.scripts
        let binaries = repository.packageDependencies
        var findings: [Finding] = []
        for words in document.analysis(ShellCommands.self).commands {
            guard let (manager, name, _) = JavaScriptManagers.script(in: words), !scripts.contains(name.text) else { continue }
            if manager != "npm", binaries.contains(name.text) { continue }
            let known = scripts.sorted().prefix(12).joined(separator: ", ")
            findings.append(Finding(
                range: name.range,
                message: "no package.json in the repository has a '\(name.text)' script"
                    + (known.isEmpty ? "" : " (scripts: \(known))") + "; the command fails, so name a script that exists or drop it"))
        }
        return findings
    }
}
