import Testing
@testable import RulesmithText

/// The glob parser and matcher.
struct GlobTests {
    @Test(arguments: [
        ("*.ts", "index.ts", true),
        ("*.ts", "src/index.ts", false),
        ("**/*.ts", "index.ts", true),
        ("**/*.ts", "src/a/b/index.ts", true),
        ("src/**", "src", true),
        ("src/**", "src/a/b.md", true),
        ("src/**/test/*.ts", "src/test/a.ts", true),
        ("src/**/test/*.ts", "src/x/y/test/a.ts", true),
        ("src/**/test/*.ts", "src/x/y/test/a/b.ts", false),
        ("src/*/*.md", "src/a/b.md", true),
        ("src/*/*.md", "src/a/c/b.md", false),
        ("file?.md", "file1.md", true),
        ("file?.md", "file10.md", false),
        ("[abc].md", "b.md", true),
        ("[!abc].md", "b.md", false),
        ("[a-c]x.md", "cx.md", true),
        ("[^a-c]x.md", "dx.md", true),
        ("*.{ts,tsx}", "a.tsx", true),
        ("*.{ts,tsx}", "a.js", false),
        ("src/{api,web/{pages,hooks}}/**", "src/web/hooks/use.ts", true),
        ("src/{api,web/{pages,hooks}}/**", "src/web/other/use.ts", false),
        ("{a}.md", "{a}.md", true),
        ("{a}.md", "a.md", false),
        ("\\*.md", "*.md", true),
        ("\\*.md", "x.md", false),
        ("a**b.md", "axxb.md", true),
        (".cursor/rules/*.mdc", ".cursor/rules/x.mdc", true),
        ("*", ".hidden", true),
        ("é*.md", "éte.md", true),
    ])
    func matches(pattern: String, path: String, expected: Bool) throws {
        #expect(try Glob(pattern).matches(path) == expected, "\(pattern) vs \(path)")
    }

    @Test(arguments: [
        ("", "empty pattern", 0),
        ("src/*.{ts", "unclosed '{'", 6),
        ("src/*.ts}", "unmatched '}'", 8),
        ("src/[ab.ts", "unclosed '['", 4),
        ("a\\", "trailing backslash", 1),
        ("[z-a]", "reversed range in '[...]'", 3),
    ])
    func rejects(pattern: String, message: String, offset: Int) {
        #expect(throws: GlobSyntaxError(message, at: offset)) { try Glob(pattern) }
    }

    @Test func capsBraceExpansion() {
        let bomb = String(repeating: "{a,b}", count: 12)
        #expect(throws: GlobSyntaxError.self) { try Glob(bomb) }
        #expect((try? Glob(String(repeating: "{a,b}", count: 10))) != nil)
    }

    @Test func matchingIsFastOnPathologicalInput() throws {
        let glob = try Glob(String(repeating: "*a", count: 40) + "b")
        #expect(!glob.matches(String(repeating: "a", count: 2_000)))
        let deep = try Glob(String(repeating: "**/", count: 30) + "x")
        #expect(!deep.matches(Array(repeating: "d", count: 500).joined(separator: "/")))
    }

    @Test func knowsMatchAllPatterns() throws {
        for pattern in ["**", "**/*", "**/**"] { #expect(try Glob(pattern).matchesEverything, "\(pattern)") }
        for pattern in ["*", "src/**", "**/*.ts"] { #expect(try !Glob(pattern).matchesEverything, "\(pattern)") }
    }
}
