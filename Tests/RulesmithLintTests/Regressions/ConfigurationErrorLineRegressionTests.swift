import Testing
@testable import RulesmithLint

/// Found by the bad-input suite: a `.rulesmith.yml` with a NUL byte (a Yams reader error) was
/// reported with Yams' own multi-line description, so `rulesmith lint` printed several lines on
/// stderr instead of one.
struct ConfigurationErrorLineRegressionTests {
    @Test func readerErrorsAreOneLine() {
        let found = problems("stacks: [tool]\n\u{0}\u{0}\n")
        #expect(found.count == 1)
        let description = found.map(\.description).joined()
        #expect(!description.contains("\n"), "\(description)")
        #expect(description.hasPrefix(".rulesmith.yml: not valid YAML: control characters are not allowed"))
    }

    @Test(arguments: ["a: [unclosed\n  b: {\n", "\u{7}bell: 1\n", "a: 1\na: 2\n", "key: \"\u{1}\"\n", "\t- tab\n"])
    func everyYAMLProblemIsOneLine(_ text: String) {
        for problem in problems(text) {
            #expect(!problem.description.contains("\n"), "\(problem.description)")
        }
    }

    private func problems(_ text: String) -> [ConfigurationError] {
        do {
            _ = try ConfigurationReader().read(text, path: ".rulesmith.yml")
            return []
        } catch {
            return error.errors
        }
    }
}
