import ArgumentParser
import RulesmithKit

/// `rulesmith registry import PATH`: import a template folder (our layout or awesome-cursorrules)
/// as a new revision, after linting every template.
struct RegistryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import templates from a folder as a new revision.",
        discussion: """
        PATH is a template repository (Templates/ and Registry/), a folder of stack folders, one stack \
        folder, or an awesome-cursorrules layout (a folder of .mdc files, or per-stack folders with \
        .cursorrules). Templates with error-severity lint findings are refused unless --allow-findings.
        """)

    @OptionGroup var options: RegistryOptions

    @Argument(help: "The folder to import.")
    var path: String

    @Flag(help: "Import even when lint reports error-severity findings (they are stored with the templates).")
    var allowFindings = false

    @Flag(help: "Report what would change without writing.")
    var dryRun = false

    func run() throws {
        try Output.finish(try RegistryCommands.importDirectory(
            registry: options.registry, path: path, allowFindings: allowFindings, dryRun: dryRun), format: options.format)
    }
}
