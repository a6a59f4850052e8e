import RulesmithEditors
import RulesmithFacts
import RulesmithLint

/// The repository context of each git work tree a lint run touches, computed once per tree and
/// only when a rules file (not llms.txt) is linted there with a repository rule on: the work
/// tree's files (the walk that honours .gitignore, as the lint scan does; never libgit2, which
/// `lint` does not load) and the facts read from them, as `rulesmith detect` reads them. A tree
/// the lint scan already walked from its root is not walked again (`treeFiles`).
final class RepositoryContexts {
    private var byRoot: [String: RepositoryContext?] = [:]
    /// Every file of a work tree, from the lint scan, by root.
    private let treeFiles: [String: [String]]

    init(treeFiles: [String: [String]] = [:]) {
        self.treeFiles = treeFiles
    }

    /// The context for a file of `kind` under `root` linted with `options`: nil outside a git
    /// work tree, for llms.txt, and when no repository rule is on (nothing would read it).
    func context(root: String?, kind: FileKind, options: LintOptions) -> RepositoryContext? {
        guard let root, FileKind.rulesFiles.contains(kind), RepositoryRules.anyEnabled(options) else { return nil }
        if let cached = byRoot[root] { return cached }
        var context: RepositoryContext?
        if FileSystem.exists((root == "/" ? "" : root) + "/.git"),
           let files = treeFiles[root] ?? (try? WorkspaceScanner(root: root).allFiles()) {
            context = RepositoryContext.read(files: files, contents: DiskContents(root: root))
        }
        byRoot[root] = context
        return context
    }
}

/// Staged file contents for the facts engine: the blobs of git's index, as the next commit holds them.
struct IndexContents: FileContents {
    let workspace: IndexWorkspace

    func text(of path: String) -> String? {
        guard let bytes = workspace.read(path), bytes.count <= DiskContents.defaultLimit else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }
}
