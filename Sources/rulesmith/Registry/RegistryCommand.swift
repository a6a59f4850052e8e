import ArgumentParser

/// `rulesmith registry`: the template registry (list, show, search, import, export, history, pull).
struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "Browse and extend the template registry.",
        discussion: "The registry is created and seeded with the built-in templates on first use.",
        subcommands: [
            RegistryListCommand.self, RegistryShowCommand.self, RegistrySearchCommand.self, RegistryImportCommand.self,
            RegistryExportCommand.self, RegistryHistoryCommand.self, RegistryPullCommand.self,
        ]
    )
}
