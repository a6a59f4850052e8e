import Testing
@testable import RulesmithLint

/// `.rulesmith.yml`: every key read, every mistake reported with its line.
struct ConfigurationReaderTests {
    let reader = ConfigurationReader()

    @Test func readsEverySection() throws {
        let text = """
        version: 1
        stacks: [swift-package, base]
        targets: [agents, claude]
        variables:
          project_name: Demo
        registry:
          source: https://example.com/templates.git
          ref: main
          revision: 3
        lint:
          profile: v1
          compat: reference
          strict: true
          rules:
            LT046: off
            H6: info
          tags:
            links: warning
          ignore: ["vendor/**"]
        hook:
          check-drift: false
        llms-txt:
          docs: docs
          optional-after: 10
        """
        let configuration = try reader.read(text, path: ".rulesmith.yml")
        #expect(configuration.stacks == ["swift-package", "base"])
        #expect(configuration.targets == ["agents", "claude"])
        #expect(configuration.variables == ["project_name": "Demo"])
        #expect(configuration.registry.revision == 3)
        #expect(configuration.lint.profile == .v1)
        #expect(configuration.lint.compat == .reference)
        #expect(configuration.lint.strict == true)
        #expect(configuration.lint.rules == ["LT046": .off, "SEC106": .on(.info)])
        #expect(configuration.lint.tags == ["links": .on(.warning)])
        #expect(configuration.lint.ignore == ["vendor/**"])
        #expect(configuration.hook.checkDrift == false)
        #expect(configuration.llmsTxt.optionalAfter == 10)
    }

    @Test func emptyFileIsTheDefault() throws {
        #expect(try reader.read("", path: "x") == ProjectConfiguration())
    }

    @Test func reportsUnknownKeysRulesAndValuesWithLines() {
        let text = """
        version: 1
        lint:
          rule:
            LT046: off
          rules:
            LT999: off
            LT046: loud
          tags:
            nope: off
        targts: [x]
        """
        do {
            _ = try reader.read(text, path: ".rulesmith.yml")
            Issue.record("expected errors")
        } catch {
            let lines = error.errors.map(\.line)
            #expect(lines == [3, 6, 7, 9, 10])
            #expect(error.errors[0].description.hasPrefix(".rulesmith.yml:3:3: unknown key 'rule' in 'lint' (did you mean 'rules'?)"))
            #expect(error.errors[1].message.contains("unknown rule 'LT999'"))
            #expect(error.errors[2].message.contains("must be off, info, warning or error"))
            #expect(error.errors[4].message.contains("did you mean 'targets'"))
        }
    }

    @Test func invalidYAMLNamesTheLine() {
        do {
            _ = try reader.read("lint:\n  rules: [\n", path: "c.yml")
            Issue.record("expected an error")
        } catch {
            #expect(error.errors.first?.line != nil)
            #expect(error.errors.first?.message.hasPrefix("not valid YAML") == true)
        }
    }

    @Test func aliasBombIsRejectedWithoutExpanding() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<30 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        text += "stacks: *a29\n"
        do {
            _ = try reader.read(text, path: "bomb.yml")
            Issue.record("expected errors")
        } catch {
            #expect(!error.errors.isEmpty)
        }
    }

    @Test func unknownTargetIsAnError() {
        #expect(throws: ConfigurationErrors.self) { try reader.read("targets: [vim]\n", path: "c") }
    }
}
