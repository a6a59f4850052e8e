import Testing
@testable import RulesmithLint

/// Which package.json files the repository context reads scripts from: a folder named
/// `node_modules` anywhere on the way is a dependency, a name that only contains it is not.
struct RepositoryContextManifestTests {
    @Test func packagesUnderNodeModulesAreLeftOut() {
        let manifest = #"{"scripts": {"test": "vitest"}}"#
        let context = RepositoryContext.read([
            "package.json": manifest,
            "node_modules/left-pad/package.json": manifest,
            "web/node_modules/x/package.json": manifest,
            "tools/node_modules_cache/package.json": manifest,
            "my_node_modules/package.json": manifest,
        ])
        #expect(context.packageScripts.keys.sorted() == ["", "my_node_modules", "tools/node_modules_cache"])
    }

    /// Every folder on the way to a file is known, whatever order the files come in (one after
    /// another per folder, as the index lists them, or scattered).
    @Test(arguments: [false, true])
    func everyFolderOfEveryFileExists(scattered: Bool) {
        let files = ["README.md", "a/b/c/one.md", "a/b/c/two.md", "a/b/three.md", "a/four.md", "d/e/five.md", "a/b/c/six.md"]
        let context = RepositoryContext(facts: RepositoryContext.read([:]).facts, files: scattered ? files.reversed() : files)
        #expect(context.folders == ["a", "a/b", "a/b/c", "d", "d/e"])
        for path in ["a", "a/b", "a/b/c", "d/e", "a/b/c/six.md", "README.md"] { #expect(context.exists(path), "\(path)") }
        #expect(!context.exists("a/b/c/d") && !context.exists("e") && !context.exists("a/b/"))
    }
}
