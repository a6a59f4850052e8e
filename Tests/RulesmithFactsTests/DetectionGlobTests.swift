import RulesmithFacts
import Testing

/// The globs of detection hints and workspace patterns.
@Suite struct DetectionGlobTests {
    @Test(arguments: [
        ("*.tf", "a/b/main.tf", true), ("app/**/*.tsx", "app/x.tsx", true), ("app/**/*.tsx", "app/a/b/x.tsx", true),
        ("app/**/*.tsx", "src/app/x.tsx", false), ("app/*.ts", "app/a/x.ts", false), ("**/go.mod", "go.mod", true),
        ("next.config.?s", "next.config.js", true), ("Dockerfile", "deploy/Dockerfile", true),
    ])
    func globsMatchPaths(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(DetectionGlob.matches(pattern, path: path) == expected)
    }
}
