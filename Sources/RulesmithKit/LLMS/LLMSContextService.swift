import RulesmithEditors
import RulesmithLLMS
import RulesmithText

/// Runs `rulesmith llms ctx`: reads the llms.txt, resolves its links, reads the documents
/// (local files inside the allowed tree; `http(s)` only when fetching is on) in parallel, and
/// writes the context document to a file (atomically) or returns it for standard output.
public enum LLMSContextService {
    /// The bytes of a bounded read, or the size refusal naming `shown`.
    private static func read(_ result: FileSystem.BoundedRead, _ shown: String) throws(RulesmithError) -> [UInt8] {
        switch result {
        case .complete(let bytes): return bytes
        case .tooLarge(let size): throw InputSizeLimit.refusal(shown, kind: .llmsTxt, size: size, action: "expand")
        }
    }

    public static func run(_ request: LLMSContextRequest) throws(RulesmithError) -> LLMSContextOutcome {
        try validate(request)
        let given = request.path ?? "llms.txt"
        let bytes: [UInt8]
        let directory: String
        if given == "-" {
            bytes = try read(FileSystem.readStandardInput(maximumBytes: InputSizeLimit.llmsTxt), "<stdin>")
            directory = FileSystem.realPath(FileSystem.currentDirectory) ?? FileSystem.currentDirectory
        } else {
            if FileSystem.type(of: given) == .missing {
                if FileSystem.type(of: given, followLinks: false) == .symlink {
                    throw RulesmithError("\(given): a symbolic link that leads nowhere (dangling, or a loop)")
                }
                throw RulesmithError("\(given): no such file" + (request.path == nil ? " (give the llms.txt to expand as an argument)" : ""))
            }
            bytes = try read(FileSystem.read(given, maximumBytes: InputSizeLimit.llmsTxt), given)
            let absolute = FileSystem.realPath(given) ?? FileSystem.absolute(given)
            let folder = PathSyntax.directory(of: absolute)
            directory = folder.isEmpty ? "/" : folder
        }
        if let offset = UTF8Validation.firstInvalidOffset(bytes) {
            throw RulesmithError("\(given): not UTF-8 (bad byte at offset \(offset)); an llms.txt must be UTF-8 text")
        }
        var root = directory
        if let wanted = request.root {
            guard FileSystem.type(of: wanted) == .directory, let real = FileSystem.realPath(wanted) else {
                throw RulesmithFailure.usage("\(wanted): \(option: .root) must be an existing folder")
            }
            root = real
        }
        let resolver = LinkResolver(directory: directory, root: root, baseURL: request.baseURL)
        let plan = ContextExpander(resolver: resolver, includeOptional: request.includeOptional).plan(SourceText(bytes: bytes))
        if request.fetch, plan.uniqueLinks.contains(where: { if case .web = $0 { true } else { false } }),
           let reason = HTTPClient.unavailability() {
            throw RulesmithFailure.usage("\(option: .fetch): \(reason)")
        }
        let results = fetchAll(plan.uniqueLinks, request, root: root)
        let output = ContextExpander.render(plan) { link in
            results[link.target] ?? .failure(DocumentFailure(.readError, "\(link.written) was not read"))
        }
        if let destination = request.output {
            try AtomicFile.write(output.bytes, to: destination, scope: .outsideRepository)
        }
        return LLMSContextOutcome(output: output, skippedOptionalLinks: plan.skippedOptionalLinks, writtenTo: request.output)
    }

    private static func validate(_ request: LLMSContextRequest) throws(RulesmithError) {
        if let base = request.baseURL {
            let reference = URLReference(base)
            guard reference.isWeb, let host = reference.authority, !host.isEmpty else {
                throw RulesmithFailure.usage("\(option: .baseURL) '\(base)': give an absolute http(s) URL, e.g. https://example.com/docs/")
            }
        }
        guard request.timeout > 0, request.timeout.isFinite else { throw RulesmithFailure.usage("\(option: .timeout) must be a positive number of seconds") }
        guard request.maxBytes > 0 else { throw RulesmithFailure.usage("\(option: .maxBytes) must be positive") }
        guard request.jobs > 0, request.jobs <= 256 else { throw RulesmithFailure.usage("\(option: .jobs) must be between 1 and 256") }
        guard request.maxRedirects >= 0 else { throw RulesmithFailure.usage("\(option: .maxRedirects) must not be negative") }
        if let destination = request.output {
            // Renaming over /dev/null or a FIFO would replace it; only regular files are written.
            let kind = FileSystem.type(of: destination)
            guard kind == .missing || kind == .file else {
                throw RulesmithError("\(destination): not a regular file; -o writes files (leave -o out to print)")
            }
        }
    }

    /// Reads every distinct target once, `jobs` at a time.
    private static func fetchAll(
        _ targets: [ResolvedLink.Target], _ request: LLMSContextRequest, root: String
    ) -> [ResolvedLink.Target: DocumentResult] {
        let local = LocalDocumentReader(root: root, maxBytes: request.maxBytes)
        let needsWeb = request.fetch && targets.contains { if case .web = $0 { true } else { false } }
        let client = needsWeb ? HTTPClient(timeout: request.timeout, maxBytes: request.maxBytes, maxRedirects: request.maxRedirects) : nil
        defer { client?.close() }
        let web = client.map { WebDocumentFetcher(client: $0, profile: request.profile, markdownVariants: request.markdownVariants) }
        let fetch = request.fetch
        // Network waits would starve a pool sized to the cores: a thread per job slot.
        let results = WorkerPool.run(targets.count, threads: request.jobs, stackSize: 1 << 20) { index -> DocumentResult in
            let target = targets[index]
            switch target {
            case .file(let path):
                return local.read(path)
            case .web(let url):
                guard fetch, let web else {
                    return .failure(DocumentFailure(.fetchDisabled, "not fetched: \(url) is on the web and fetching is off (use \(option: .fetch))"))
                }
                return web.fetch(url)
            case .unusable(let failure):
                return .failure(failure)
            }
        }
        var table: [ResolvedLink.Target: DocumentResult] = [:]
        table.reserveCapacity(targets.count)
        for (target, result) in zip(targets, results) { table[target] = result }
        return table
    }
}
