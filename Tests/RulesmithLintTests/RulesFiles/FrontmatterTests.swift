import RulesmithText
import Testing
@testable import RulesmithLint

/// The lenient frontmatter reader: every shape seen in the wild, the errors editors also choke
/// on, byte ranges, and hostile input.
struct FrontmatterTests {
    private func read(_ text: String) -> Frontmatter { Frontmatter(SourceText(text)) }

    private func value(_ text: String, _ key: String) -> FrontmatterValue? { read(text).entry(key)?.value }

    private func texts(_ value: FrontmatterValue?) -> [String] {
        switch value {
        case .scalar(let scalar): [scalar.text]
        case .list(let items): items.map(\.text)
        default: []
        }
    }

    @Test func readsCursorsUnquotedGlobsAndCommaLists() {
        let frontmatter = read("---\ndescription: \nglobs: **/*.ts,src/*.{ts,tsx}\nalwaysApply: false\n---\n# Body\n")
        #expect(frontmatter.isReadable)
        #expect(frontmatter.entries.map(\.key) == ["description", "globs", "alwaysApply"])
        #expect(frontmatter.entry("description")?.value == .empty)
        #expect(texts(frontmatter.entry("globs")?.value) == ["**/*.ts,src/*.{ts,tsx}"])
        #expect(frontmatter.entry("alwaysApply")?.value.scalar?.boolValue == false)
        #expect(frontmatter.bodyStart == "---\ndescription: \nglobs: **/*.ts,src/*.{ts,tsx}\nalwaysApply: false\n---\n".utf8.count)
    }

    @Test func readsEveryShapeSeenInTheWild() {
        #expect(texts(value("---\nglobs: *.rs\n---\n", "globs")) == ["*.rs"])
        #expect(texts(value("---\nglobs: \"**/*.py\"\n---\n", "globs")) == ["**/*.py"])
        #expect(texts(value("---\nglobs: 'it''s'\n---\n", "globs")) == ["it's"])
        #expect(texts(value("---\nglobs: [\"*.md\", \"*.mdc\"]\n---\n", "globs")) == ["*.md", "*.mdc"])
        #expect(texts(value("---\nglobs: [*.md, docs/**]\n---\n", "globs")) == ["*.md", "docs/**"])
        #expect(texts(value("---\nglobs: []\n---\n", "globs")) == [])
        #expect(texts(value("---\nglobs:\n  - \"*.ts\"\n  - src/**  # comment\n---\n", "globs")) == ["*.ts", "src/**"])
        #expect(texts(value("---\nglobs:\n- a\n- b\n---\n", "globs")) == ["a", "b"])
        #expect(value("---\nglobs:\n---\n", "globs") == .empty)
        #expect(value("---\nglobs: ~\n---\n", "globs") == .empty)
        #expect(texts(value("---\ndescription: >\n  folded\n  text\n---\n", "description")) == ["folded text"])
        #expect(texts(value("---\ndescription: a long\n  wrapped line\n---\n", "description")) == ["a long wrapped line"])
        #expect(texts(value("---\ndescription: Use: colons # and a comment\n---\n", "description")) == ["Use: colons"])
        #expect(texts(value("---\nglobs:*.ts\n---\n", "globs")) == ["*.ts"])
        #expect(texts(value("---\n\"quoted key\": v\n---\n", "quoted key")) == ["v"])
        #expect(texts(value("---\ndescription: \"multi\n  line\"\n---\n", "description")) == ["multi   line"])
        #expect(value("---\nmetadata:\n  owner: web\n  tags: [a, b]\n---\n", "metadata") == .nested)
        #expect(value("---\nmetadata: {owner: web}\n---\n", "metadata") == .nested)
    }

    @Test func acceptsBOMAndCRLF() {
        let frontmatter = read("\u{FEFF}---\r\nalwaysApply: true\r\n---\r\nBody\r\n")
        #expect(frontmatter.isReadable)
        #expect(frontmatter.lineEnding == "\r\n")
        #expect(frontmatter.entry("alwaysApply")?.value.scalar?.boolValue == true)
        #expect(frontmatter.entry("alwaysApply")?.valueRange == 21..<25)
    }

    @Test func recordsKeyAndValueRanges() throws {
        let text = "---\nalwaysApply: \"true\"\nglobs: a.ts, b.ts\n---\n"
        let frontmatter = read(text)
        let always = try #require(frontmatter.entry("alwaysApply"))
        #expect(always.keyRange == 4..<15)
        #expect(always.valueRange == 17..<23)
        #expect(always.line == 1)
        let scalar = try #require(frontmatter.entry("globs")?.value.scalar)
        #expect(SourceText(text).string(try #require(scalar.textRange)) == "a.ts, b.ts")
    }

    @Test func noFrontmatterUnlessTheFileStartsWithDashes() {
        #expect(!read("# Title\n---\nx: y\n---\n").isPresent)
        #expect(!read("").isPresent)
        #expect(!read("----\nx: y\n----\n").isPresent)
        #expect(read("---  \nx: y\n---\t\n").isReadable)
    }

    @Test(arguments: [
        ("---\ndescription: Jira\nglobs: \"*.jira\", \"*.confluence\"\n---\n", 3, "text after the closing quote"),
        ("---\nalwaysApply: true\n", 1, "never closed"),
        ("---\nglobs: [\"*.md\"\nalwaysApply: false\n---\n", 2, "never closed with ']'"),
        ("---\ndescription: \"open\n---\n", 2, "never closed"),
        ("---\n  indented: x\n---\n", 2, "continues no key"),
        ("---\n- item\n---\n", 2, "list item outside any key"),
        ("---\njust text\n---\n", 2, "not 'key: value'"),
        ("---\nmeta:\n  a: [1, 2\n  b: 3\n---\n", 4, "did not find expected"),
        ("---\nmeta: {a: 1\n---\n", 2, "never closed"),
    ])
    func reportsWhatEditorsCannotReadEither(text: String, line: Int, message: String) throws {
        let error = try #require(read(text).error)
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(message), "\(error.message)")
    }

    @Test func refusesHugeFrontmatter() throws {
        let text = "---\n" + String(repeating: "key: value\n", count: 1_000_000) + "---\nBody\n"
        let frontmatter = read(text)
        #expect(frontmatter.error?.message.contains("is not read") == true)
        #expect(frontmatter.entries.isEmpty)
        #expect(frontmatter.bodyStart == text.utf8.count - 5)
    }

    @Test func refusesAYAMLAliasBombWithoutExpandingIt() {
        var lines = ["---", "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
            previous = name
        }
        // Flow lists of aliases read leniently as plain strings: nothing is expanded.
        let flow = read((lines + ["---", "Body"]).joined(separator: "\n"))
        #expect(flow.isReadable)
        // Nested YAML goes to Yams only under the anchor guard.
        var nested = ["---", "root:", "  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            nested.append("  \(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
            previous = name
        }
        let bomb = read((nested + ["---", "Body"]).joined(separator: "\n"))
        #expect(bomb.error?.message.contains("alias-bomb guard") == true)
    }

    @Test func handsSmallNestedYAMLWithAnchorsToYams() {
        let text = "---\nbase:\n  a: &x 1\n  b: *x\n---\n"
        #expect(read(text).isReadable)
        #expect(read(text).entry("base")?.value == .nested)
    }
}
