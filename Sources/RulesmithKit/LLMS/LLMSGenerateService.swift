import RulesmithLLMS
import RulesmithLint
import RulesmithText

/// Runs `rulesmith llms generate`: builds llms.txt from the repository's README and docs folder,
/// then writes it atomically, prints it, or checks the committed one. It also renders the
/// `llms-txt` target for `init` and `apply` (`render(repositoryRoot:configuration:)`).
public enum LLMSGenerateService {
    /// The llms.txt bytes for the repository at `repositoryRoot`.
    /// - Parameters:
    ///   - configuration: its `llms-txt` settings choose the title, summary, base URL, docs folder
    ///     and optional-after count.
    ///   - docsFolder: overrides `llms-txt.docs` (relative to the root); default `docs` when it exists.
    /// - Throws: `RulesmithError` when the docs folder is missing, outside the root, or unreadable,
    ///   or when the root is a git repository and libgit2 cannot be loaded.
    public static func render(
        repositoryRoot: String, configuration: ProjectConfiguration, docsFolder: String? = nil
    ) throws(RulesmithError) -> [UInt8] {
        let collector = try MarkdownSourceCollector(root: repositoryRoot)
        let root = collector.root
        var folder: String?
        if let wanted = docsFolder ?? configuration.llmsTxt.docs {
            let absolute = wanted.hasPrefix("/") ? wanted : root + "/" + wanted
            guard let real = FileSystem.realPath(absolute), FileSystem.type(of: real) == .directory else {
                throw RulesmithError("\(wanted): no such docs folder")
            }
            guard real == root || real.hasPrefix(root + "/") else {
                throw RulesmithError("\(wanted): the docs folder must be inside the repository (\(root))")
            }
            folder = FileSystem.relative(real, to: root)
            if folder == "." { folder = "" }
        } else if FileSystem.type(of: root + "/docs") == .directory {
            folder = "docs"
        }
        let readme = try collector.readme()
        // With the root itself as the docs folder, the README would be listed twice.
        let documents = try (folder.map { f throws(RulesmithError) in try collector.documents(in: f) } ?? [])
            .filter { $0.path != readme?.path }
        let projectName = root.split(separator: "/").last.map(String.init) ?? "project"
        let text = LLMSTxtGenerator.generate(
            readme: readme, documents: documents, settings: configuration.llmsTxt, projectName: projectName,
            docsFolder: folder ?? "docs")
        return Array(text.utf8)
    }

    public static func run(_ request: LLMSGenerateRequest) throws(RulesmithError) -> LLMSGenerateOutcome {
        let start = FileSystem.currentDirectory
        let root = repositoryRoot(containing: start)
        let loaded = try ConfigurationLoader.load(explicitPath: request.configPath, from: root)
        var configuration = loaded.configuration
        if let base = request.baseURL {
            let reference = URLReference(base)
            guard reference.isWeb, let host = reference.authority, !host.isEmpty else {
                throw RulesmithFailure.usage("\(option: .baseURL) '\(base)': give an absolute http(s) URL, e.g. https://example.com/")
            }
            configuration.llmsTxt.baseURL = base
        }
        var docsFolder: String?
        if let given = request.docsFolder {
            let absolute = FileSystem.absolute(given, from: start)
            guard FileSystem.type(of: absolute) == .directory else { throw RulesmithError("\(given): no such docs folder") }
            docsFolder = absolute
        }
        let bytes = try render(repositoryRoot: root, configuration: configuration, docsFolder: docsFolder)
        let destination = request.output.map { FileSystem.absolute($0, from: start) } ?? root + "/llms.txt"
        let shown = request.output ?? display(destination, from: start)
        var notes: [String] = []
        if configuration.llmsTxt.baseURL == nil {
            notes.append("links are relative to \(shown) (lint warns LT051: tools such as llms_txt2ctx cannot fetch them); set 'llms-txt: base-url:' in .rulesmith.yml or pass --base-url for absolute URLs")
        }
        if request.check {
            let current: [UInt8]?
            switch FileSystem.type(of: destination) {
            case .missing: current = nil
            default: current = try FileSystem.read(destination)
            }
            guard let current else {
                return LLMSGenerateOutcome(bytes: bytes, path: shown, state: .stale(diff: "\(shown): missing; run `rulesmith llms generate` to write it\n"), notes: [])
            }
            if current == bytes { return LLMSGenerateOutcome(bytes: bytes, path: shown, state: .fresh, notes: []) }
            let diff = UnifiedDiff.render(
                old: String(decoding: current, as: UTF8.self), new: String(decoding: bytes, as: UTF8.self),
                oldPath: "\(shown) (committed)", newPath: "\(shown) (generated)")
            return LLMSGenerateOutcome(bytes: bytes, path: shown, state: .stale(diff: diff), notes: [])
        }
        if request.dryRun { return LLMSGenerateOutcome(bytes: bytes, path: shown, state: .printed, notes: notes) }
        let kind = FileSystem.type(of: destination)
        guard kind == .missing || kind == .file else {
            throw RulesmithError("\(shown): not a regular file; refusing to replace it")
        }
        try AtomicFile.write(bytes, to: destination, scope: request.output == nil ? .inside(root) : .outsideRepository)
        return LLMSGenerateOutcome(bytes: bytes, path: shown, state: .written, notes: notes)
    }

    /// `path` relative to the folder `base` (climbing with `..` when it lies elsewhere).
    static func display(_ path: String, from base: String) -> String {
        let target = path.split(separator: "/")
        let from = base.split(separator: "/")
        var common = 0
        while common < target.count, common < from.count, target[common] == from[common] { common += 1 }
        let climbs = Array(repeating: "..", count: from.count - common)
        let parts = climbs + target[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// The nearest folder at or above `folder` holding `.git`, else `folder`.
    static func repositoryRoot(containing folder: String) -> String {
        var current = folder
        while true {
            if FileSystem.exists((current == "/" ? "" : current) + "/.git") { return current }
            let parent = PathSyntax.directory(of: current)
            if current == "/" || parent.isEmpty { return folder }
            current = "/" + PathSyntax.normalize(parent)
        }
    }
}
