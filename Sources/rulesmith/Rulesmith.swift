import ArgumentParser
import RulesmithKit
import RulesmithLint

/// The root command: lists the subcommands and maps every failure to the exit-code contract.
@main
struct Rulesmith: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rulesmith",
        abstract: "Keep llms.txt and AI-editor rules files correct, safe and in sync.",
        discussion: """
        Exit codes: 0 success, 1 findings at error severity (warnings with --strict), drift or \
        conflicts; 2 usage, configuration, I/O or internal error.
        """,
        version: RulesmithVersion.current,
        subcommands: [
            LintCommand.self,
            RulesCommand.self,
            RegistryCommand.self, DetectCommand.self,
            RenderCommand.self,
            HookCommand.self,
            InitCommand.self, StatusCommand.self, DiffCommand.self, ApplyCommand.self, AdoptCommand.self, CheckCommand.self,
            SyncCommand.self,
            LLMSCommand.self,
            CompletionCommand.self,
        ]
    )

    static func main() async {
        await CommandRunner.run(Rulesmith.self)
    }
}
