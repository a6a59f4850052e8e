import ArgumentParser

/// `rulesmith hook`: the native git pre-commit hook (install, uninstall, run).
struct HookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook",
        abstract: "Install, remove or run the git pre-commit hook that lints staged rules files.",
        discussion: """
        The hook goes where git runs hooks from: core.hooksPath (relative or absolute) when set, \
        else the repository's hooks folder (shared by linked worktrees). Teams using the \
        pre-commit framework add rulesmith to .pre-commit-config.yaml instead (see \
        .pre-commit-hooks.yaml).
        """,
        subcommands: [HookInstallCommand.self, HookUninstallCommand.self, HookRunCommand.self]
    )
}
