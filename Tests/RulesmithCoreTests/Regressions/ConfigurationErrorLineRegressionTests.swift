import Testing
@testable import RulesmithCore

/// Found by the bad-input suite: a `.rulesmith.yml` with a NUL byte (a Yams reader error) was
/// reported with Yams' own multi-line description, so `rulesmith lint` printed several lines on
/// stderr instead of one.
struct ConfigurationErrorLineRegressionTests {
    @Test func readerErrorsAreOneLine() {
        let text = "stacks: [tool]\n\u{0}\u{0}\n"
        do {
            _ = try ConfigurationReader().read(text, path: ".rulesmith.yml")
            Issue.record("a NUL byte was accepted")
        } catch {
            #expect(error.errors.count == 1)
            let description = error.errors.map(\.description).joined()
            #expect(!description.contains(where: \.isNewline), "\(description)")
            #expect(description.hasPrefix(".rulesmith.yml: not valid YAML: control characters are not allowed"))
        }
    }

    @Test func everyYAMLProblemIsOneLine() {
        let inputs = ["a: [unclosed\n  b: {\n", "\u{7}bell: 1\n", "a: 1\na: 2\n", "key: \"\u{1}\"\n", "\t- tab\n"]
        for text in inputs {
            do {
                _ = try ConfigurationReader().read(text, path: "c.yml")
            } catch {
                for problem in error.errors {
                    #expect(!problem.description.contains(where: \.isNewline), "\(problem.description)")
                }
            }
        }
    }
}
