import RulesmithLint
import RulesmithText
import Testing
@testable import RulesmithTemplates

/// YAML scalars that read back as written, and glob lists in each dialect's shape.
struct FrontmatterWriterTests {
    @Test func quotesOnlyWhatYAMLWouldMisread() {
        #expect(YAMLScalar.scalar("Go code and tests") == "Go code and tests")
        #expect(YAMLScalar.scalar("Writing tests with Swift Testing (@Test, #expect)") == "\"Writing tests with Swift Testing (@Test, #expect)\"")
        #expect(YAMLScalar.scalar("Note: this") == "\"Note: this\"")
        #expect(YAMLScalar.scalar("@mentions") == "\"@mentions\"")
        #expect(YAMLScalar.scalar("yes") == "\"yes\"")
        #expect(YAMLScalar.scalar("2FA everywhere") == "\"2FA everywhere\"")
        #expect(YAMLScalar.scalar("") == "\"\"")
        #expect(YAMLScalar.quoted("a\"b\\c\u{7}") == "\"a\\\"b\\\\c\\u0007\"")
    }

    @Test func quotedScalarsReadBackThroughTheFrontmatterReader() {
        for text in ["Swift Testing (@Test, #expect)", "key: value", "\"quoted\"", "- dash", "tab\there", "true"] {
            let source = SourceText("---\ndescription: \(YAMLScalar.scalar(text))\n---\nBody\n")
            #expect(Frontmatter(source).entry("description")?.value.scalar?.text == text, "\(text)")
        }
    }

    @Test func overrideValuesAreWrittenInKeyOrder() {
        #expect(FrontmatterWriter.yaml(.map(["b": .number(2), "a": .list([.bool(true), .null, .string("x y")])])) == "{a: [true, null, x y], b: 2}")
        #expect(FrontmatterWriter.yaml(.number(1.5)) == "1.5")
    }

    @Test func mergeReplacesGeneratedKeysInPlace() {
        let merged = FrontmatterWriter.merge(
            [.init(key: "trigger", value: "glob"), .init(key: "globs", value: "*.ts")],
            overrides: [.init(key: "description", value: "x"), .init(key: "trigger", value: "manual")])
        #expect(merged.map(\.key) == ["trigger", "globs", "description"])
        #expect(merged[0].value == "manual")
    }

    @Test func commaDialectsNeverSeeACommaInsideAPattern() {
        #expect(GlobText.commaList(["src/**/*.{ts,tsx}", "src/**/*.ts", "docs/{a}.md"]) == "src/**/*.ts,src/**/*.tsx,docs/{a}.md")
        #expect(GlobText.commaList(["src/{a,b"]) == "src/{a,b")
    }
}
