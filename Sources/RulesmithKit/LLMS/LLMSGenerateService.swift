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
        try rendered(repositoryRoot: repositoryRoot, configuration: configuration, docsFolder: docsFolder).bytes
    }

    /// A rendering and what the user should hear about it.
    struct Rendered {
        var bytes: [UInt8]
        /// The docs folder indexed (relative to the root), nil when there is none.
        var folder: String?
        /// Translation folders and suffixes left out (`ja`, `zh-CN`).
        var translations: [String]
    }

    /// - Parameter linkFolder: the folder (from the root) the llms.txt is written in.
    static func rendered(
        repositoryRoot: String, configuration: ProjectConfiguration, docsFolder: String? = nil, linkFolder: String = "",
        collector given: MarkdownSourceCollector? = nil
    ) throws(RulesmithError) -> Rendered {
        let collector: MarkdownSourceCollector
        if let given { collector = given } else { collector = try MarkdownSourceCollector(root: repositoryRoot) }
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
            docsFolder: folder ?? "docs", linkFolder: linkFolder)
        return Rendered(
            bytes: Array(text.utf8), folder: folder,
            translations: LLMSTxtGenerator.translations(documents, docsFolder: folder ?? "docs"))
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
        let collector = try MarkdownSourceCollector(root: root)
        var notes: [String] = []
        if configuration.llmsTxt.baseURL == nil {
            if let derived = collector.remoteBase() {
                configuration.llmsTxt.baseURL = derived.url
                notes.append("links are absolute under \(derived.url) (from git \(derived.describe)); set 'llms-txt: base-url:' in .rulesmith.yml or pass \(option: .baseURL) to choose another")
            } else {
                notes.append("links are relative, and lint warns LT051 on each (tools such as llms_txt2ctx cannot fetch them): no git remote on a known host (GitHub, GitLab, Codeberg, Bitbucket) gives a base URL; set 'llms-txt: base-url: https://…/' in .rulesmith.yml or pass \(option: .baseURL)")
            }
        }
        let destination = try request.output.map { FileSystem.absolute($0, from: start) }
            ?? existingLLMSTxt(root: root, docsFolder: docsFolder, configuration: configuration)
        let shown = request.output ?? display(destination, from: start)
        var linkFolder = ""
        if let slash = destination.lastIndex(of: "/") {
            let folder = String(destination[..<slash])
            let relative = FileSystem.relative(FileSystem.realPath(folder) ?? folder, to: collector.root)
            if relative != ".", !relative.hasPrefix("/") { linkFolder = relative }
        }
        let rendered = try rendered(
            repositoryRoot: root, configuration: configuration, docsFolder: docsFolder, linkFolder: linkFolder, collector: collector)
        let bytes = rendered.bytes
        if !rendered.translations.isEmpty {
            notes.append("translations left out (\(rendered.translations.joined(separator: ", "))): llms.txt lists the documentation's default language")
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
        if kind == .file, !request.force, !String(decoding: try FileSystem.read(destination), as: UTF8.self).contains(LLMSTxtGenerator.generatedLine) {
            throw RulesmithError(
                "\(shown): written by hand (it lacks the line 'Generated by `rulesmith llms generate`'); refusing to replace it: "
                    + "pass \(option: .force) to replace it, or \(option: .output) FILE to write elsewhere")
        }
        try AtomicFile.write(bytes, to: destination, scope: request.output == nil ? .inside(root) : .outsideRepository)
        return LLMSGenerateOutcome(bytes: bytes, path: shown, state: .written, notes: notes)
    }

    /// Where an llms.txt already lives: at the root, else in the docs folder (`docs/llms.txt`),
    /// which is then the one to update rather than adding a second; else the root's.
    static func existingLLMSTxt(root: String, docsFolder: String?, configuration: ProjectConfiguration) -> String {
        let atRoot = root + "/llms.txt"
        guard FileSystem.type(of: atRoot) == .missing else { return atRoot }
        var folders: [String] = []
        if let docsFolder { folders.append(docsFolder) }
        if let configured = configuration.llmsTxt.docs { folders.append(FileSystem.absolute(configured, from: root)) }
        folders.append(root + "/docs")
        for folder in folders where FileSystem.type(of: folder + "/llms.txt") == .file {
            let real = FileSystem.realPath(folder + "/llms.txt") ?? ""
            if let realRoot = FileSystem.realPath(root), real.hasPrefix(realRoot + "/") { return folder + "/llms.txt" }
        }
        return atRoot
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
