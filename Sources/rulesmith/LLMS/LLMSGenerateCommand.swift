import ArgumentParser
import RulesmithKit

/// `rulesmith llms generate`: an llms.txt from the README and the docs folder.
struct LLMSGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write llms.txt from the README and the docs folder.",
        discussion: """
        The H1 is llms-txt.title, else the README's H1, else the repository folder's name; the \
        summary is llms-txt.summary, else the README's first paragraph. Each folder of the docs \
        becomes an H2 section (files directly in it go under Docs), each Markdown file one link \
        with its own first sentence as notes; past llms-txt.optional-after documents (default 15) \
        a section's tail moves to ## Optional. Hidden folders, node_modules and .gitignored files \
        are skipped. Translation folders (ja/, zh-CN/ …) and files (guide.ja.md) are left out: \
        llms.txt lists the default language (an en/ folder is indexed as the docs themselves). A \
        first paragraph that is only links, badges or language names is not the summary.

        Links are absolute under llms-txt.base-url (or --base-url), else under the raw-file URL of \
        the git remote origin on GitHub, GitLab, Codeberg or Bitbucket; otherwise relative, which \
        draws lint warning LT051, and a note says what to set. An existing llms.txt (at the root, \
        else docs/llms.txt) is the one updated; one that rulesmith did not generate is replaced \
        only with --force.

        Exit status: 0 written or fresh, 1 with --check when llms.txt is missing or stale (a \
        diff is printed), 2 usage, configuration or I/O error.

        Examples:
          rulesmith llms generate
          rulesmith llms generate guides --base-url https://raw.githubusercontent.com/me/repo/main/
          rulesmith llms generate --check
        """
    )

    @Argument(help: "The docs folder. Default: llms-txt.docs from .rulesmith.yml, else docs/ when it exists.")
    var docsDir: String?

    @Option(name: [.customShort("o"), .long], help: "Write here instead of llms.txt at the repository root.")
    var output: String?

    @Flag(help: "Print the llms.txt instead of writing it.")
    var dryRun = false

    @Flag(help: "Exit 1 (with a diff) when the llms.txt on disk differs from what would be generated.")
    var check = false

    @Flag(help: "Replace an llms.txt that rulesmith llms generate did not write.")
    var force = false

    @Option(help: "Write absolute links under this URL (overrides llms-txt.base-url).")
    var baseURL: String?

    @Option(help: "Use this configuration file instead of the nearest .rulesmith.yml.")
    var config: String?

    @Option(help: "Output format: text or json (an object holding the state, the notes, the document and any diff).")
    var format: OutputFormat = .text

    func validate() throws {
        if dryRun && check { throw ValidationError("--dry-run and --check exclude each other") }
    }

    func run() throws {
        var request = LLMSGenerateRequest()
        request.docsFolder = docsDir
        request.output = output
        request.dryRun = dryRun
        request.check = check
        request.baseURL = baseURL
        request.force = force
        request.configPath = config
        let outcome = try LLMSGenerateService.run(request)
        for note in outcome.notes { Terminal.standardError.writeLine("rulesmith: note: \(note)") }
        if format == .json {
            if case .written = outcome.state { Terminal.standardError.writeLine("rulesmith: wrote \(outcome.path)") }
            try Output.finish(outcome, format: .json)
            return
        }
        switch outcome.state {
        case .printed:
            Terminal.standardOutput.writeContent(outcome.bytes)
        case .written:
            Terminal.standardError.writeLine("rulesmith: wrote \(outcome.path)")
        case .fresh:
            break
        case .stale(let diff):
            Terminal.standardOutput.writeText(diff)
            Terminal.standardError.writeLine("rulesmith: \(outcome.path) is stale; run `rulesmith llms generate` to update it")
            throw ExitStatus(1)
        }
    }
}
