import RulesmithLint
import Testing
@testable import RulesmithTemplates

/// One quoting function for every YAML rulesmith writes: frontmatter, `.rulesmith.yml` and
/// imported awesome-cursorrules stacks show no invisible or reordering character, and YAML reads
/// each value back unchanged.
struct YAMLScalarTests {
    static let hostile = "a\u{202E}b\u{2066}c\u{FEFF}d\u{85}e\u{7F}f\"g\\h\ni"

    @Test func everyInvisibleOrReorderingCharacterIsEscaped() {
        let quoted = YAMLScalar.quoted(Self.hostile)
        #expect(quoted == #""a\u202Eb\u2066c\uFEFFd\u0085e\u007Ff\"g\\h\ni""#)
        #expect(!YAMLScalar.scalar(Self.hostile).unicodeScalars.contains { $0.value == 0x202E })
        #expect(YAMLScalar.scalar("a\u{202E}b").hasPrefix("\""))
    }

    @Test func theConfigurationEditorQuotesTheSameWay() throws {
        let text = ConfigurationText.initial(
            stacks: ["base"], targets: ["agents"], variables: ["team": Self.hostile], revision: 1, source: nil)
        #expect(text.contains("team: " + YAMLScalar.quoted(Self.hostile)))
        let read = try ConfigurationReader().read(text, path: ".rulesmith.yml")
        #expect(read.variables["team"] == Self.hostile)
    }

    @Test func flowItemsStayPlainOnlyForSimpleNames() {
        #expect(ConfigurationText.list("stacks", ["swift-package", "x y", "a,b"]) == #"stacks: [swift-package, "x y", "a,b"]"#)
    }
}
