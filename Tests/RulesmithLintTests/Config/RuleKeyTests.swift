import RulesmithEditors
import RulesmithText
import Testing
@testable import RulesmithLint

/// A rule named in `.rulesmith.yml` by ID, alias or name, in any case, is resolved once, at load,
/// into its canonical ID: the key that validation accepts is the key lookup honours.
struct RuleKeyTests {
    static func configuration(_ text: String) throws -> ProjectConfiguration {
        try ConfigurationReader().read(text, path: ".rulesmith.yml")
    }

    static func lint(_ text: String, kind: FileKind, path: String, _ configuration: ProjectConfiguration) -> [String] {
        let options = PathLevelMatcher(configuration.lint.perPath).options(configuration.lint.options(), path: path)
        return Linter().lint(LintDocument(path: path, kind: kind, source: SourceText(text), options: options)).map(\.ruleID)
    }

    static let twoHeadings = "# One\n\n> Summary.\n\n# Two\n"
    static let secret = "# Rules\n\ntoken: ghp_R4nd0mT0k3nV4lu3Abcdefghijklmnop1234\n"

    @Test func everyKeyIsStoredAsItsCanonicalID() throws {
        let configuration = try Self.configuration("""
            lint:
              rules:
                multiple-h1: off
                secret: info
                h6: warning
                lt046: off
              per-path:
                docs/:
                  Remote-Script-Execution: off
            """)
        #expect(configuration.lint.rules == ["LT006": .off, "SEC201": .on(.info), "SEC106": .on(.warning), "LT046": .off])
        #expect(configuration.lint.perPath.first?.rules == ["SEC106": .off])
    }

    @Test func aRuleTurnedOffByNameIsOff() throws {
        #expect(Self.lint(Self.twoHeadings, kind: .llmsTxt, path: "llms.txt", try Self.configuration("")).contains("LT006"))
        let off = try Self.configuration("lint:\n  rules:\n    multiple-h1: off\n")
        #expect(!Self.lint(Self.twoHeadings, kind: .llmsTxt, path: "llms.txt", off).contains("LT006"))
    }

    @Test func aLowercaseAliasIsHonoured() throws {
        #expect(Self.lint(Self.secret, kind: .agentsMd, path: "AGENTS.md", try Self.configuration("")).contains("SEC201"))
        let off = try Self.configuration("lint:\n  rules:\n    secret: off\n")
        #expect(!Self.lint(Self.secret, kind: .agentsMd, path: "AGENTS.md", off).contains("SEC201"))
    }

    @Test func aPathEntryByNameWinsOverTheRunsLevelByAlias() throws {
        let configuration = try Self.configuration("""
            lint:
              rules:
                secret: error
              per-path:
                AGENTS.md:
                  secret-in-rules-file: off
            """)
        #expect(!Self.lint(Self.secret, kind: .agentsMd, path: "AGENTS.md", configuration).contains("SEC201"))
        #expect(Self.lint(Self.secret, kind: .agentsMd, path: "CLAUDE.md", configuration).contains("SEC201"))
    }

    @Test func theResolverAcceptsIDsAliasesAndNamesInAnyCase() {
        let catalogue = RuleCatalogue.standard
        for description in catalogue.descriptions {
            for key in [description.id, description.name] + description.aliases {
                #expect(catalogue.ruleID(for: key) == description.id)
                #expect(catalogue.ruleID(for: key.lowercased()) == description.id)
                #expect(catalogue.ruleID(for: key.uppercased()) == description.id)
            }
        }
        #expect(catalogue.ruleID(for: "no-such-rule") == nil)
    }
}
