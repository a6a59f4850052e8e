import RulesmithCore
import RulesmithRegistry

/// `registry pull GIT-URL [--ref REF]`: fetch a team's template repository, then import the tree
/// at the fetched commit as a new revision that records the URL and commit.
public enum RegistryPull {
    /// A checkout of a repository at a commit.
    public struct Checkout: Sendable {
        public var directory: String
        public var commit: String

        public init(directory: String, commit: String) {
            self.directory = directory
            self.commit = commit
        }
    }

    /// TO WIRE (lead): clone `url` (or fetch into the cached clone under the registry's folder,
    /// e.g. `<registry dir>/pulls/<sha256 of url>`) with RulesmithGit/libgit2, check out `ref`
    /// (default: the remote HEAD) and return the work tree and the commit id. Then
    /// `RegistryService.importCheckout(directory, url:, commit:, ref:, options:)` does the rest.
    public static func pull(url: String, ref: String?) throws -> Checkout {
        throw RulesmithError(
            "\(url): fetching over git is not wired to libgit2 yet; clone it yourself and run "
                + "`rulesmith registry pull \(url) --checkout DIR --commit SHA`")
    }
}
