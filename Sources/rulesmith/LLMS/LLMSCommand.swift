import ArgumentParser

/// `rulesmith llms`: llms.txt beyond linting.
struct LLMSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "llms",
        abstract: "Expand an llms.txt into an LLM context, or generate one from the docs.",
        subcommands: [LLMSContextCommand.self, LLMSGenerateCommand.self]
    )
}
