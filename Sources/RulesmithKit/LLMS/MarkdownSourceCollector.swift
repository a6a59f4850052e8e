import RulesmithGit
import RulesmithLLMS
import RulesmithText

/// Finds what `llms generate` indexes: the repository's README and the Markdown files of its
/// docs folder, skipping hidden folders, `node_modules`, anything `.gitignore`d (when the root is
/// a git repository) and symbolic links that lead out of the repository.
struct MarkdownSourceCollector {
    /// README names in order of preference (matched case-insensitively).
    static let readmeNames = ["readme.md", "readme.markdown", "readme", "readme.txt"]
    static let markdownExtensions: Set<String> = ["md", "markdown", "mdx"]
    /// Larger files are skipped; an index needs the first paragraph, not a data dump.
    static let maximumFileSize = 4 << 20

    /// Real path of the repository root.
    let root: String
    private let repository: GitRepository?

    /// - Throws: `RulesmithError` when the root is a git repository but libgit2 cannot be loaded
    ///   (the `.gitignore` rules could not be honoured).
    init(root: String) throws(RulesmithError) {
        self.root = FileSystem.realPath(root) ?? root
        guard FileSystem.exists(root + "/.git") else {
            repository = nil
            return
        }
        do {
            repository = try GitRepository.open(root)
        } catch where error.reason == .libraryUnavailable {
            throw RulesmithError(error.message)
        } catch {
            repository = nil
        }
    }

    /// The README at the root, if any.
    func readme() throws(RulesmithError) -> LLMSTxtSourceDocument? {
        let names = try FileSystem.contents(of: root)
        for wanted in Self.readmeNames {
            for name in names where name.lowercased() == wanted && FileSystem.type(of: root + "/" + name) == .file && inside(root + "/" + name) {
                if let document = try load(name) { return document }
            }
        }
        return nil
    }

    /// Markdown files under `folder` (relative to the root), paths relative to the root.
    func documents(in folder: String) throws(RulesmithError) -> [LLMSTxtSourceDocument] {
        var found: [LLMSTxtSourceDocument] = []
        var stack = [PathSyntax.normalize(folder)]
        while let relative = stack.popLast() {
            let names = try FileSystem.contents(of: relative.isEmpty ? root : root + "/" + relative)
            for name in names where !name.hasPrefix(".") && name != "node_modules" {
                let path = relative.isEmpty ? name : relative + "/" + name
                let absolute = root + "/" + path
                switch FileSystem.type(of: absolute, followLinks: false) {
                case .directory:
                    if !ignored(path + "/") { stack.append(path) }
                case .file, .symlink:
                    guard isMarkdown(name), !ignored(path), inside(absolute), FileSystem.type(of: absolute) == .file else { continue }
                    if let document = try load(path) { found.append(document) }
                default:
                    continue
                }
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// Where the repository's files are served raw, from remote `origin` (else the only remote)
    /// and its `main` or `master` branch (else the checked-out branch); nil when there is no
    /// remote on a known host. `describe` names the remote and branch for the note.
    func remoteBase() -> (url: String, describe: String)? {
        guard let repository else { return nil }
        guard let names = try? repository.remoteNames(), !names.isEmpty else { return nil }
        let remote = names.contains("origin") ? "origin" : names.count == 1 ? names[0] : nil
        guard let remote, let address = (try? repository.remoteURL(remote)) ?? nil else { return nil }
        var branch: String?
        for candidate in ["main", "master"] where branch == nil {
            if (try? repository.branch(named: "\(remote)/\(candidate)", kind: .remote)) ?? nil != nil { branch = candidate }
        }
        if branch == nil { branch = (try? repository.head())?.branchName }
        guard let branch, let url = RemoteBaseURL.base(remote: address, branch: branch) else { return nil }
        return (url, "remote \(remote), branch \(branch)")
    }

    private func isMarkdown(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return Self.markdownExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private func ignored(_ path: String) -> Bool {
        guard let repository else { return false }
        return (try? repository.isIgnored(path)) ?? false
    }

    private func inside(_ absolute: String) -> Bool {
        guard let real = FileSystem.realPath(absolute) else { return false }
        return real.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// The file's text, or nil when it is too large to index. A file that is not UTF-8 is still
    /// linked, but nothing is taken from its text (its title comes from the file name, no notes),
    /// so no U+FFFD reaches the llms.txt.
    private func load(_ path: String) throws(RulesmithError) -> LLMSTxtSourceDocument? {
        let absolute = root + "/" + path
        if let size = FileSystem.size(of: absolute), size > Self.maximumFileSize { return nil }
        let bytes = try FileSystem.read(absolute)
        let text = UTF8Validation.isValid(bytes) ? String(decoding: bytes, as: UTF8.self) : ""
        return LLMSTxtSourceDocument(path: path, text: text)
    }
}
