/// SEC108 (H8): persistence mechanisms and weakened security settings.
struct PersistenceOrWeakeningRule: Rule {
    let description = RuleDescription(
        id: "SEC108", name: "persistence-or-weakening",
        summary: "A command installs persistence or weakens security (crontab, `>> ~/.bashrc`, `curl -k`, …)",
        rationale: """
        Scheduled jobs (`crontab`, `launchctl`), appends to shell start-up files, package \
        lifecycle scripts, git hooks, switching off SIP or SELinux, disabling TLS checks (`curl \
        -k`, `NODE_TLS_REJECT_UNAUTHORIZED=0`) and changing the global package registry or proxy \
        all outlive the session or open the machine to others. Some have legitimate uses, so \
        this is a warning. Pointing `core.hooksPath` at a folder inside the repository \
        (`git config core.hooksPath .githooks`) enables the project's own committed hooks and is \
        setup, not persistence; an absolute, home, parent-folder or `--global` hooks path is \
        still reported.
        """,
        kinds: SecurityRules.allKinds, tags: [.security, .injection], defaultSeverity: .warning, aliases: ["H8"],
        traits: [.security, .normalisedText],
        triggering: [
            Example("↓crontab -e\n", kind: .cursorrules),
            Example("echo 'export X=1' ↓>> ~/.bashrc\n", kind: .agentsMd),
            Example("↓NODE_TLS_REJECT_UNAUTHORIZED=0 npm test\n", kind: .agentsMd),
            Example("↓curl -k https://internal.test/api\n", kind: .agentsMd),
            Example("↓npm config set registry https://npm.mirror.test\n", kind: .claudeMd),
            Example("{ \"scripts\": { ↓\"postinstall\": \"node setup.js\" } }\n", kind: .agentsMd),
            Example("git config --global ↓core.hooksPath ~/.githooks\n", kind: .agentsMd),
            Example("git config ↓core.hooksPath /tmp/hooks\n", kind: .claudeMd),
            Example("git config ↓core.hooksPath ../shared/hooks\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("Edit `.bashrc` by hand if needed.\n", kind: .agentsMd),
            Example("The postinstall hook clears the cache.\n", kind: .claudeMd),
            Example("Prepare the release notes.\n", kind: .agentsMd),
            Example("## Setting up the repository\n\nRun `git config core.hooksPath .githooks` once.\n", kind: .agentsMd),
            Example("git config --local core.hooksPath \"scripts/git-hooks\" && make\n", kind: .claudeMd),
            Example("git -c core.hooksPath=.husky/_ commit\n", kind: .agentsMd),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { document.analysis(TextScan.self).findings(.persistence) }
}
