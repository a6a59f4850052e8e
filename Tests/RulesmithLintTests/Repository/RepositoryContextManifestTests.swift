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
}
