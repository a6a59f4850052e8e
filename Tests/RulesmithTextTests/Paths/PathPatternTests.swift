import Testing
@testable import RulesmithText

/// The one path matcher: each dialect's reading of the same text.
struct PathPatternTests {
    static func configuration(_ pattern: String, _ path: String) throws -> Bool {
        try PathPattern(pattern, dialect: .configuration).matches(path)
    }

    @Test func aConfigurationNameMatchesAtAnyDepthAndCoversWhatIsInside() throws {
        #expect(try Self.configuration("vendor", "vendor/AGENTS.md"))
        #expect(try Self.configuration("vendor", "a/vendor/b/CLAUDE.md"))
        #expect(try Self.configuration("vendor/", "a/vendor/AGENTS.md"))
        #expect(try !Self.configuration("vendor", "vendors/AGENTS.md"))
        #expect(try Self.configuration("*.mdc", "x/y/a.mdc"))
    }

    @Test func aConfigurationPathIsAnchoredAtTheConfigurationsFolder() throws {
        #expect(try Self.configuration("vendor/**", "vendor/lib/AGENTS.md"))
        #expect(try !Self.configuration("vendor/**", "sub/vendor/AGENTS.md"))
        #expect(try Self.configuration("/AGENTS.md", "AGENTS.md"))
        #expect(try !Self.configuration("/AGENTS.md", "a/AGENTS.md"))
        #expect(try Self.configuration("docs/gen", "docs/gen/x/AGENTS.md"))
        #expect(try Self.configuration("  docs/gen/  ", "docs/gen/AGENTS.md"))
    }

    @Test func aConfigurationPatternExpandsBraces() throws {
        #expect(try Self.configuration("{gen,build}/**", "build/x/AGENTS.md"))
        #expect(try Self.configuration("{gen,build}", "a/gen/AGENTS.md"))
        #expect(try !Self.configuration("{gen,build}/**", "src/AGENTS.md"))
    }

    @Test func aGitignorePatternReadsBracesLiterallyAndMatchesThePathItself() throws {
        #expect(try PathPattern("{a,b}", dialect: .gitignore).matches("x/{a,b}"))
        #expect(try !PathPattern("{a,b}", dialect: .gitignore).matches("a"))
        #expect(try PathPattern("build", dialect: .gitignore).matches("x/build"))
        #expect(try !PathPattern("build", dialect: .gitignore).matches("x/build/y"))
        #expect(try PathPattern("/build", dialect: .gitignore).matches("build"))
        #expect(try !PathPattern("/build", dialect: .gitignore).matches("x/build"))
    }

    @Test func listsSkipBlankPatternsAndNameTheOneThatFails() throws {
        #expect(try PathPattern.compile(["", " / ", "vendor"], dialect: .configuration).map(\.pattern) == ["vendor"])
        do {
            _ = try PathPattern.compile(["ok", "[z-a]"], dialect: .configuration)
            Issue.record("expected an error")
        } catch {
            #expect(error.pattern == "[z-a]")
        }
        #expect([PathPattern]().matchAny("a") == false)
        #expect(try PathPattern.compile(["x", "b"], dialect: .configuration).matchAny("a/b/c"))
    }

    /// The detection dialect (stack hints and workspace patterns), which `detect` once read with a
    /// matcher of its own: the same cases, read by `PathPattern`.
    @Test(arguments: [
        ("*.tf", "a/b/main.tf", true), ("app/**/*.tsx", "app/x.tsx", true), ("app/**/*.tsx", "app/a/b/x.tsx", true),
        ("app/**/*.tsx", "src/app/x.tsx", false), ("app/*.ts", "app/a/x.ts", false), ("**/go.mod", "go.mod", true),
        ("next.config.?s", "next.config.js", true), ("Dockerfile", "deploy/Dockerfile", true),
        ("/Dockerfile", "deploy/Dockerfile", false), ("/Dockerfile", "Dockerfile", true), ("packages/", "packages", true),
        ("packages/", "a/packages", false), (".eslintrc*", "web/.eslintrc.json", true), ("vite.config.{js,ts}", "a/vite.config.ts", true),
        ("src", "src/main.go", false),
    ])
    func aDetectionPatternMatchesANameAnywhereOrAPathFromTheRoot(_ pattern: String, _ path: String, _ expected: Bool) throws {
        #expect(try PathPattern(pattern, dialect: .detection).matches(path) == expected)
    }
}
