import RulesmithEditors
import RulesmithText
import Testing
@testable import RulesmithLint

/// Runs every rule's documented examples: triggering examples must fire exactly at their ↓
/// markers, non-triggering ones must stay silent, and corrections must produce the fixed text.
struct RuleExampleTests {
    static let ruleIDs = RuleCatalogue.standard.descriptions.map(\.id)

    @Test(arguments: ruleIDs)
    func triggeringExamplesFireAtTheirMarkers(ruleID: String) throws {
        let description = try #require(RuleCatalogue.standard.description(for: ruleID))
        #expect(!description.triggering.isEmpty, "\(ruleID) documents no triggering example")
        for example in description.triggering {
            let (text, markers) = example.strippedText
            let diagnostics = ExampleLinter.diagnostics(for: example, rule: description)
            let starts = diagnostics.map(\.byteRange.lowerBound)
            if markers.isEmpty {
                #expect(!diagnostics.isEmpty, "\(ruleID) did not fire on:\n\(text)")
            } else {
                #expect(Set(starts) == Set(markers), "\(ruleID) fired at \(starts), expected \(markers) in:\n\(text)")
            }
        }
    }

    @Test(arguments: ruleIDs)
    func nonTriggeringExamplesStaySilent(ruleID: String) throws {
        let description = try #require(RuleCatalogue.standard.description(for: ruleID))
        #expect(!description.nonTriggering.isEmpty, "\(ruleID) documents no non-triggering example")
        for example in description.nonTriggering {
            let diagnostics = ExampleLinter.diagnostics(for: example, rule: description)
            #expect(diagnostics.isEmpty, "\(ruleID) fired on a non-triggering example: \(diagnostics.map(\.message))\n\(example.text)")
        }
    }

    @Test(arguments: ruleIDs)
    func correctionsProduceTheFixedText(ruleID: String) throws {
        let description = try #require(RuleCatalogue.standard.description(for: ruleID))
        for correction in description.corrections {
            let fixed = ExampleLinter.fixed(correction.before, rule: description)
            #expect(fixed == correction.after, "\(ruleID) fixed text differs:\n\(fixed)\n---expected---\n\(correction.after)")
        }
        if description.fix == .safe {
            #expect(!description.corrections.isEmpty, "\(ruleID) has a safe fix but no correction example")
        }
    }

    @Test(arguments: ruleIDs)
    func triggeringExamplesInsideAFenceStaySilent(ruleID: String) throws {
        let description = try #require(RuleCatalogue.standard.description(for: ruleID))
        guard description.tags.contains(.structure) else { return }
        for example in description.triggering where example.files.isEmpty {
            var fenced = example
            fenced.text = "```text\n" + example.strippedText.text + "\n```\n"
            let diagnostics = ExampleLinter.diagnostics(for: fenced, rule: description)
            #expect(diagnostics.isEmpty, "\(ruleID) fired inside a code fence")
        }
    }
}

/// Lints one example with every rule enabled (but those it yields to) and keeps the findings of
/// the rule under test.
enum ExampleLinter {
    static func document(_ example: Example, text: String, rule: RuleDescription) -> (LintDocument, [LintDocument]) {
        var levels: [String: RuleLevel] = [:]
        if rule.isOptIn || rule.defaultSeverity(for: example.profile ?? .v2) == nil {
            levels[rule.id] = .on(rule.defaultSeverity)
        }
        // An example shows what the rule finds itself: the rules it yields a cause to are off.
        for owner in rule.yieldsTo { levels[owner] = .off }
        let options = LintOptions(profile: example.profile ?? .v2, compat: rule.traits.contains(.compat) ? .reference : nil, ruleLevels: levels)
        var files = example.files
        files[example.path] = text
        let workspace = InMemoryWorkspace(files: files, homeDirectory: "/home/example")
        // The RP rules judge a file against its repository: the example's files are that repository.
        let repository = rule.tags.contains(RepositoryRules.tag) && !example.files.isEmpty
            ? RepositoryContext.read(files) : nil
        let main = LintDocument(
            path: example.path, kind: example.kind, source: SourceText(text), options: options, workspace: workspace,
            repository: repository, linkTarget: example.linkTarget)
        let others = example.files.keys.sorted().compactMap { path -> LintDocument? in
            guard let kind = FileKind.classify(path), let body = example.files[path] else { return nil }
            return LintDocument(path: path, kind: kind, source: SourceText(body), options: options, workspace: workspace)
        }
        return (main, others)
    }

    static func diagnostics(for example: Example, rule: RuleDescription) -> [Diagnostic] {
        diagnostics(forText: example.strippedText.text, of: example, rule: rule)
    }

    /// The rule's findings on `text` put in place of the example's own text.
    static func diagnostics(forText text: String, of example: Example, rule: RuleDescription) -> [Diagnostic] {
        allDiagnostics(forText: text, of: example, rule: rule).filter { $0.ruleID == rule.id }
    }

    /// Every rule's findings on `text` put in place of the example's own text.
    static func allDiagnostics(forText text: String, of example: Example, rule: RuleDescription) -> [Diagnostic] {
        let (main, others) = document(example, text: text, rule: rule)
        return Linter().lint([main] + others)[0]
    }

    static func fixed(_ example: Example, rule: RuleDescription) -> String {
        let (text, _) = example.strippedText
        let (main, _) = document(example, text: text, rule: rule)
        let catalogue = RuleCatalogue.standard
        let onlyThisRule = RuleCatalogue(
            rules: catalogue.rules.filter { $0.description.id == rule.id },
            projectRules: catalogue.projectRules.filter { $0.description.id == rule.id })
        let result = Linter(catalogue: onlyThisRule).fix(main, allowing: [.safe, .unsafe])
        return String(decoding: result.bytes, as: UTF8.self)
    }
}
