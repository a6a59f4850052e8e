import RulesmithGit

/// Where git runs the `pre-commit` hook from for the repository around a folder: `core.hooksPath`
/// (relative or absolute) when set, else the common git directory's `hooks/` (shared by worktrees).
public struct HookLocation: Sendable, Equatable {
    /// The hooks folder, absolute and normalised.
    public var folder: String
    /// `<folder>/pre-commit`.
    public var hook: String { folder + "/" + HookScript.hookName }
    /// `<folder>/pre-commit.rulesmith-chained`: a foreign hook moved aside by `install --chain`.
    public var chained: String { folder + "/" + HookScript.chainedName }

    public init(folder: String) {
        self.folder = folder
    }

    /// Resolves the hooks folder like git: discovery from `directory` honouring `GIT_DIR` and
    /// `GIT_WORK_TREE`, then `core.hooksPath`.
    ///
    /// - Throws: `RulesmithError` (exit 2) outside a repository, for a bare one, or when the
    ///   configuration cannot be read.
    public static func resolve(from directory: String, environment: [String: String]) throws(RulesmithError) -> HookLocation {
        let repository = try StagedSnapshot.discover(from: directory, environment: environment)
        guard !repository.isBare else {
            throw RulesmithError("\(repository.gitDirectory): a bare repository has no commits to check; run this in a work tree")
        }
        do {
            return HookLocation(folder: FileSystem.absolute(try repository.hooksDirectory(environment: environment)))
        } catch {
            throw RulesmithError("cannot resolve the hooks folder: \(error)")
        }
    }
}
