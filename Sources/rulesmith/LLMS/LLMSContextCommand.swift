import ArgumentParser
import RulesmithKit
import RulesmithLint

/// `rulesmith llms ctx`: the context document (`llms-ctx.txt`) of an llms.txt.
struct LLMSContextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ctx",
        abstract: "Expand an llms.txt into one XML context document (llms-ctx.txt).",
        discussion: """
        The output is <project title summary> with the details, then one <section name> per H2 \
        holding one <doc title url desc> per linked document, always well-formed XML. A document \
        that cannot be read becomes <doc … error="KIND">message</doc> (kinds: not-found, timeout, \
        too-large, redirect-loop, http-error, read-error, not-utf8, unsupported-scheme, \
        outside-root, fetch-off) and the run goes on. Like llms_txt2ctx, lines that are one whole \
        <!-- … --> comment or an inline data:image are dropped from documents.

        Relative links are files beside the llms.txt (confined to its folder, or to --root; \
        symlinks out are refused), or URLs under --base-url. http(s) links are read only with \
        --fetch; the .md copy of an HTML page (page.html.md, index.html.md; under v2 also \
        page.md, index.md) is tried first, and the <doc> says which URL was read (fetched=…). \
        ## Optional is left out unless --optional (llms-ctx-full.txt).

        Exit status: 0 written (see stderr for unreadable documents), 1 with --strict when a \
        document could not be read, 2 usage or I/O error.

        Examples:
          rulesmith llms ctx -o llms-ctx.txt
          rulesmith llms ctx site/llms.txt --optional -o llms-ctx-full.txt
          rulesmith llms ctx llms.txt --fetch --timeout 5 --jobs 16
          rulesmith llms ctx llms.txt --fetch --base-url https://example.com/
        """
    )

    @Argument(help: "The llms.txt to expand ('-' for standard input). Default: ./llms.txt.")
    var file: String?

    @Flag(help: "Include the ## Optional section (llms-ctx-full.txt).")
    var optional = false

    @Option(name: [.customShort("o"), .long], help: "Write here (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "Fetch http(s) links (off: they become fetch-off entries).")
    var fetch = false

    @Option(help: "Resolve relative links against this URL (read with --fetch) instead of the llms.txt's folder.")
    var baseURL: String?

    @Option(help: "Folder local links may read from and '/' links start at. Default: the llms.txt's folder.")
    var root: String?

    @Option(help: "Seconds allowed per document.")
    var timeout: Double = 10

    @Option(help: "Largest document read, in bytes.")
    var maxBytes: Int = 2_000_000

    @Option(help: "Redirects followed per request.")
    var maxRedirects: Int = 5

    @Option(help: "Documents read at once.")
    var jobs: Int = 8

    @Option(help: "llms.txt proposal version for .md variants: v1 (page.html.md) or v2 (also page.md).")
    var profile: Profile = .v2

    @Flag(help: "Do not try the .md copy of HTML pages.")
    var noMarkdownVariants = false

    @Flag(help: "Exit 1 when any document could not be read.")
    var strict = false

    @Option(help: "Output format: text or json (an object holding the counts, the failures and the document).")
    var format: OutputFormat = .text

    func run() throws {
        var request = LLMSContextRequest()
        request.path = file
        request.output = output
        request.includeOptional = optional
        request.fetch = fetch
        request.baseURL = baseURL
        request.root = root
        request.timeout = timeout
        request.maxBytes = maxBytes
        request.maxRedirects = maxRedirects
        request.jobs = jobs
        request.profile = profile
        request.markdownVariants = !noMarkdownVariants
        let outcome = try LLMSContextService.run(request)
        if format == .json {
            Terminal.standardOutput.write(outcome.json())
        } else if outcome.writtenTo == nil {
            Terminal.standardOutput.writeContent(outcome.output.bytes)
        }
        let failures = outcome.output.failures
        if !failures.isEmpty {
            var counts: [String: Int] = [:]
            for failure in failures { counts[failure.kind.rawValue, default: 0] += 1 }
            let kinds = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            Terminal.standardError.write("rulesmith: \(failures.count) of \(outcome.output.documents) documents not read (\(kinds)); see their error entries\n")
        }
        if outcome.skippedOptionalLinks > 0 {
            Terminal.standardError.write("rulesmith: left out \(outcome.skippedOptionalLinks) link\(outcome.skippedOptionalLinks == 1 ? "" : "s") of ## Optional (use --optional)\n")
        }
        if strict && !failures.isEmpty { throw ExitStatus(1) }
    }
}
