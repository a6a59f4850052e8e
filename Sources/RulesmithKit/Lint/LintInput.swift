import RulesmithEditors
import RulesmithText

/// One file to lint, read and placed in its workspace.
struct LintInput {
    var displayPath: String
    /// Path relative to the workspace root.
    var workspacePath: String
    /// Where to write fixes; nil for standard input.
    var absolutePath: String?
    var kind: FileKind
    /// The text; nil for a file not read yet (files found in a folder are read when linted, so a
    /// run over thousands of them does not hold them all).
    var bytes: [UInt8]?
    var workspaceRoot: String?
    /// For a symbolic link, the workspace-relative path of the file it leads to.
    var linkTarget: String? = nil

    /// The text, read from the file when it was not read yet.
    ///
    /// - Throws: `RulesmithError` (exit 2) when the file cannot be read or is over its kind's limit.
    func contents() throws(RulesmithError) -> [UInt8] {
        if let bytes { return bytes }
        guard let absolutePath else { return [] }
        return try LintInputCollector.read(absolutePath, shown: displayPath, kind: kind)
    }

    /// The workspace-relative path `absolute` leads to when it is a symbolic link to a file inside
    /// `root`; nil for a regular file or a link that leaves the root.
    static func linkTarget(of absolute: String, root: String?) -> String? {
        guard let root, FileSystem.type(of: absolute, followLinks: false) == .symlink,
              let target = FileSystem.realPath(absolute), let realRoot = FileSystem.realPath(root) else { return nil }
        let relative = FileSystem.relative(target, to: realRoot)
        return relative.hasPrefix("/") || relative == "." ? nil : relative
    }
}

/// Resolves the paths of a lint request into files: folders are searched, files classified.
struct LintInputCollector {
    let request: LintRequest
    let ignore: [String]
    let configurationDirectory: String?
    /// Whether a folder scanned from its work tree's root also lists every file there, for the
    /// repository context (`RepositoryContexts`), so that tree is walked once.
    var listsAllFiles = false
    let workingDirectory = FileSystem.currentDirectory

    /// The files to lint, and every file of each work tree whose root was scanned whole.
    func collect() throws(RulesmithError) -> (inputs: [LintInput], treeFiles: [String: [String]]) {
        let paths = request.paths.isEmpty ? ["."] : request.paths
        let ignored = try IgnoreGlobs.compile(ignore)
        var inputs: [LintInput] = []
        var treeFiles: [String: [String]] = [:]
        var seen = Set<String>()
        for path in paths {
            if path == "-" {
                guard let kind = request.kind else {
                    throw RulesmithFailure.usage("reading standard input needs \(option: .kind) (one of \(FileKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                let bytes = try Self.readStandardInput(kind: kind)
                inputs.append(LintInput(displayPath: "<stdin>", workspacePath: kind.examplePath, absolutePath: nil, kind: kind, bytes: bytes, workspaceRoot: nil))
                continue
            }
            let absolute = FileSystem.absolute(path, from: workingDirectory)
            switch FileSystem.type(of: absolute) {
            case .missing:
                if FileSystem.type(of: absolute, followLinks: false) == .symlink {
                    throw RulesmithError("\(path): a symbolic link that leads nowhere (dangling, or a loop)")
                }
                throw RulesmithError("\(path): no such file or folder")
            case .directory:
                let root = workspaceRoot(containing: absolute)
                // Ignore globs are relative to the configuration's folder; the scanner prunes with
                // them only when it scans from there, otherwise files are filtered below.
                let scanner = WorkspaceScanner(root: absolute, ignoreGlobs: absolute == configurationDirectory ? ignore : [])
                // The whole tree, unpruned by ignore globs, is what the repository context reads.
                let listsTree = listsAllFiles && absolute == root && scanner.ignoreGlobs.isEmpty
                let found: [DiscoveredFile]
                do {
                    let scan = try scanner.scan(allFiles: listsTree)
                    found = scan.files
                    if let all = scan.allFiles { treeFiles[root] = all }
                } catch let error as RulesmithError {
                    throw error
                } catch {
                    throw RulesmithError("\(path): cannot search the folder: \(error)")
                }
                for file in found where !isIgnored(file.absolutePath, ignored) && seen.insert(file.absolutePath).inserted {
                    inputs.append(LintInput(
                        displayPath: display(file.path, under: path), workspacePath: FileSystem.relative(file.absolutePath, to: root),
                        absolutePath: file.absolutePath, kind: request.kind ?? file.kind, bytes: nil, workspaceRoot: root,
                        // Only a file the walk found as a link can have a target (no lstat per file).
                        linkTarget: file.isLink ? LintInput.linkTarget(of: file.absolutePath, root: root) : nil))
                }
            default:
                guard !isIgnored(absolute, ignored), seen.insert(absolute).inserted else { continue }
                let root = workspaceRoot(containing: PathSyntax.directory(of: absolute).isEmpty ? "/" : "/" + PathSyntax.normalize(PathSyntax.directory(of: absolute)))
                let relative = FileSystem.relative(absolute, to: root)
                guard let kind = request.kind ?? FileKind.classify(relative) ?? FileKind.classify(path) else {
                    throw RulesmithFailure.usage("\(path): not a file rulesmith knows (llms.txt or an editor's rules file); pass \(option: .kind) to choose one")
                }
                let bytes = try Self.read(absolute, shown: path, kind: kind)
                inputs.append(LintInput(
                    displayPath: display(path), workspacePath: relative, absolutePath: absolute, kind: kind, bytes: bytes,
                    workspaceRoot: root, linkTarget: LintInput.linkTarget(of: absolute, root: root)))
            }
        }
        return (inputs, treeFiles)
    }

    /// The file's bytes, refusing (before reading) a file larger than its kind's limit.
    static func read(_ absolute: String, shown: String, kind: FileKind) throws(RulesmithError) -> [UInt8] {
        switch try FileSystem.read(absolute, maximumBytes: InputSizeLimit.bytes(for: kind)) {
        case .complete(let bytes): return bytes
        case .tooLarge(let size): throw InputSizeLimit.refusal(shown, kind: kind, size: size)
        }
    }

    /// Standard input, read up to one byte past its kind's limit.
    private static func readStandardInput(kind: FileKind) throws(RulesmithError) -> [UInt8] {
        switch try FileSystem.readStandardInput(maximumBytes: InputSizeLimit.bytes(for: kind)) {
        case .complete(let bytes): return bytes
        case .tooLarge(let size): throw InputSizeLimit.refusal("<stdin>", kind: kind, size: size)
        }
    }

    /// Whether the configuration's ignore globs exclude `absolute` (only under the configuration's folder).
    private func isIgnored(_ absolute: String, _ globs: [PathPattern]) -> Bool {
        guard let configurationDirectory else { return false }
        let relative = FileSystem.relative(absolute, to: configurationDirectory)
        guard relative != absolute else { return false }
        return globs.matchAny(relative)
    }

    /// A path as the user wrote it, tidied (`./a//b` → `a/b`), so diagnostics point where they looked.
    private func display(_ given: String) -> String {
        let tidy = PathSyntax.normalize(given)
        if given.hasPrefix("/") { return "/" + tidy }
        return tidy.isEmpty ? "." : tidy
    }

    /// A discovered file's path under the folder argument as the user wrote it.
    private func display(_ relative: String, under folder: String) -> String {
        let base = display(folder)
        return base == "." ? relative : (base == "/" ? "/" + relative : base + "/" + relative)
    }

    /// The repository root above `folder` (a `.git` entry), else the configuration's folder when it
    /// contains `folder`, else `folder` itself.
    func workspaceRoot(containing folder: String) -> String {
        var current = folder
        while true {
            if FileSystem.exists((current == "/" ? "" : current) + "/.git") { return current }
            if current == "/" || current.isEmpty { break }
            let parent = PathSyntax.directory(of: current)
            current = parent.isEmpty ? "/" : "/" + PathSyntax.normalize(parent)
        }
        if let configurationDirectory, folder == configurationDirectory || folder.hasPrefix(configurationDirectory + "/") {
            return configurationDirectory
        }
        return folder
    }
}
