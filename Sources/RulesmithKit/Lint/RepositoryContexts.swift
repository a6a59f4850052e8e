import RulesmithEditors
import RulesmithFacts
import RulesmithLint

/// The repository context of each git work tree a lint run touches, computed once per tree and
/// only when a rules file (not llms.txt) is linted there: the work tree's files (the walk that
/// honours .gitignore, as the lint scan does; never libgit2, which `lint` does not load) and
/// the facts read from them, as `rulesmith detect` reads them.
final class RepositoryContexts {
    private var byRoot: [String: RepositoryContext?] = [:]

    /// The context for a file of `kind` under `root`, nil outside a git work tree or for llms.txt.
    func context(root: String?, kind: FileKind) -> RepositoryContext? {
        guard let root, FileKind.rulesFiles.contains(kind) else { return nil }
        if let cached = byRoot[root] { return cached }
        var context: RepositoryContext?
        if FileSystem.exists((root == "/" ? "" : root) + "/.git"), let files = try? WorkspaceScanner(root: root).allFiles() {
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
