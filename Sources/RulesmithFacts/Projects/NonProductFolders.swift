/// Folders that are not the product, so nothing in them makes a project or a stack: examples,
/// samples, demos, fixtures and other test trees, documentation, vendored and dependency trees,
/// benchmarks, fuzzers, developer tooling, build output, hidden folders (`.github`, `.devcontainer`) and
/// bundles (`App.xcodeproj`).
public enum NonProductFolders {
    /// Folder names (compared in lower case).
    public static let names: Set<String> = [
        "example", "examples", "sample", "samples", "demo", "demos", "fixture", "fixtures", "__fixtures__",
        "testdata", "test-data", "test_data", "test", "tests", "__tests__", "__mocks__", "e2e", "spec", "specs",
        "doc", "docs", "documentation", "vendor", "third_party", "third-party", "thirdparty", "node_modules",
        "bower_components", "bench", "benchmark", "benchmarks", "fuzz", "tools", "dist", "target", "venv", "site-packages", "pods",
    ]
    /// Name endings that say the same (`bruno-tests`, `api_examples`).
    static let suffixes = ["-tests", "_tests", "-test", "_test", "-e2e", "-examples", "_examples", "-example", "-fixtures", "-demo", "-samples"]
    /// Bundle folders whose insides are never projects.
    static let bundleExtensions = [".xcodeproj", ".xcworkspace", ".xcassets", ".framework", ".app", ".bundle", ".egg-info"]

    /// Whether one folder name marks a non-product tree.
    public static func isNonProduct(name: String) -> Bool {
        if name.hasPrefix(".") { return true }
        let lower = name.lowercased()
        return names.contains(lower) || suffixes.contains { lower.hasSuffix($0) } || bundleExtensions.contains { lower.hasSuffix($0) }
    }

    /// Whether `folder` (repository-relative, `` for the root) is inside a non-product tree.
    public static func excludes(_ folder: String) -> Bool {
        folder.split(separator: "/").contains { isNonProduct(name: String($0)) }
    }
}
