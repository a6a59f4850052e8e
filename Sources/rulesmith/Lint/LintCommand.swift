import ArgumentParser
import RulesmithEditors
import RulesmithKit
import RulesmithLint

/// `rulesmith lint`: check llms.txt and rules files.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint llms.txt and AI-editor rules files.",
        discussion: """
        Folders are searched for every known file (llms.txt, .cursorrules, .cursor/rules/*.mdc, \
        AGENTS.md, CLAUDE.md, GEMINI.md, Copilot, Windsurf, Cline and Kiro files), honouring \
        .gitignore and the ignore globs of .rulesmith.yml. '-' reads standard input (with --kind).

        Exit status: 0 no errors, 1 errors found (or warnings with --strict), 2 usage, \
        configuration or I/O error.

        Examples:
          rulesmith lint                      lint everything under the current folder
          rulesmith lint llms.txt --format sarif > results.sarif
          cat CLAUDE.md | rulesmith lint - --kind claude-md
          rulesmith lint --fix docs/llms.txt
          rulesmith lint --staged             lint what the next commit adds or changes
          rulesmith lint --min-severity warning   leave out info findings
          rulesmith lint --quiet              errors only; print nothing when there are none
        """
    )

    @Argument(help: "Files or folders to lint ('-' for standard input). Default: the current folder.")
    var paths: [String] = []

    @Option(help: "Output format: text, json, sarif or github.")
    var format: ReportFormat = .text

    @Flag(help: "Apply safe fixes in place (atomically), then report what remains.")
    var fix = false

    @Flag(help: "With --fix, also apply fixes that may change the meaning.")
    var unsafeFixes = false

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(help: "Use this configuration file instead of the nearest .rulesmith.yml.")
    var config: String?

    @Option(help: "Treat the input as this kind (for '-' or unusual names): \(FileKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: FileKind?

    @Flag(help: "Lint what the next commit adds or changes, read from git's index (paths filter it).")
    var staged = false

    @Option(help: "llms.txt proposal version to judge against: v1 or v2 (default v2).")
    var profile: Profile?

    @Option(help: "Also predict what a consumer does with the file: reference (the llms-txt 0.0.7 parser).")
    var compat: CompatMode?

    @Option(help: "Hide findings below this level (info, warning or error) from the output and the exit status.")
    var minSeverity: Severity?

    @Flag(help: "Errors only (as --min-severity error), and no output at all when none remain.")
    var quiet = false

    func validate() throws {
        if unsafeFixes && !fix { throw ValidationError("--unsafe-fixes needs --fix") }
        if paths.contains("-") && kind == nil { throw ValidationError("reading standard input ('-') needs --kind") }
        if staged && fix { throw ValidationError("--staged lints git's index; --fix changes the work tree: run 'rulesmith lint --fix <paths>', then 'git add <paths>'") }
        if staged && paths.contains("-") { throw ValidationError("--staged lints git's index; it cannot read standard input ('-')") }
        if quiet, let minSeverity, minSeverity != .error {
            throw ValidationError("--quiet shows errors only; it cannot be combined with --min-severity \(minSeverity.rawValue)")
        }
    }

    func run() throws {
        var request = LintRequest()
        request.paths = paths
        request.kind = kind
        request.configPath = config
        request.profile = profile
        request.compat = compat
        request.fix = fix
        request.unsafeFixes = unsafeFixes
        request.strict = strict
        request.staged = staged
        request.minimumSeverity = quiet ? .error : minSeverity
        let outcome = try LintRunner().run(request)
        let printFixedInput = outcome.fixedStandardInput != nil
        let sink = printFixedInput ? Terminal.standardError : Terminal.standardOutput
        let reporter = format.reporter(color: format == .text && sink.supportsColor)
        if let fixed = outcome.fixedStandardInput { Terminal.standardOutput.writeContent(fixed) }
        if !(quiet && format == .text && !outcome.hasFindings) {
            // Written as it is made: a report of megabytes is never held whole.
            reporter.write(outcome.reports, catalogue: .standard) { sink.write($0) }
        }
        if fix && outcome.fixesApplied > 0 && !printFixedInput {
            Terminal.standardError.write("rulesmith: applied \(outcome.fixesApplied) fix\(outcome.fixesApplied == 1 ? "" : "es")\n")
        }
        throw ExitStatus(outcome.needsAttention ? 1 : 0)
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension FileKind: ExpressibleByArgument {}
extension Profile: ExpressibleByArgument {}
extension CompatMode: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
