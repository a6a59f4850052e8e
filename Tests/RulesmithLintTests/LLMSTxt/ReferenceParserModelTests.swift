import Foundation
import RulesmithText
import Testing
@testable import RulesmithLint

/// One input with the outcome the real reference parser (llms-txt 0.0.7) produced for it.
struct ReferenceFixture: Sendable, CustomTestStringConvertible {
    typealias Link = (title: String, url: String, desc: String?)

    enum Expected: Sendable {
        case crash(String, line: String)
        case parsed(title: String, summary: String?, info: String, sections: [(String, [Link])])
    }

    let name: String
    let bytes: [UInt8]
    let expected: Expected

    init(_ name: String, text: String, _ expected: Expected) {
        self.init(name, bytes: Array(text.utf8), expected)
    }

    init(_ name: String, bytes: [UInt8], _ expected: Expected) {
        self.name = name
        self.bytes = bytes
        self.expected = expected
    }

    var testDescription: String { name }
}

/// The reference parser model against recorded outcomes of the real parser and RESULTS.tsv.
struct ReferenceParserModelTests {
    /// The model's outcome in the fixtures' terms: strings, as Python returns them.
    static func describe(_ outcome: ReferenceOutcome, _ bytes: [UInt8]) -> String {
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        switch outcome {
        case .crashed(let crash):
            return "crash \(crash.exception.rawValue) line=\(crash.exception == .attributeError ? text(crash.range).debugDescription : "")"
        case .parsed(let parse):
            let sections = parse.sections.map { section in
                "\(text(section.name).debugDescription): " + section.links.map {
                    "(\(text($0.title).debugDescription), \(text($0.url).debugDescription), \($0.desc.map { text($0).debugDescription } ?? "nil"))"
                }.joined(separator: " ")
            }
            return "title=\(text(parse.title).debugDescription) summary=\(parse.summary.map { text($0).debugDescription } ?? "nil") info=\(text(parse.info).debugDescription) sections=[\(sections.joined(separator: "; "))]"
        }
    }

    static func describe(_ expected: ReferenceFixture.Expected) -> String {
        switch expected {
        case .crash(let exception, let line):
            return "crash \(exception) line=\(exception == "AttributeError" ? line.debugDescription : "")"
        case .parsed(let title, let summary, let info, let sections):
            let rendered = sections.map { name, links in
                "\(name.debugDescription): " + links.map {
                    "(\($0.title.debugDescription), \($0.url.debugDescription), \($0.desc.map(\.debugDescription) ?? "nil"))"
                }.joined(separator: " ")
            }
            return "title=\(title.debugDescription) summary=\(summary.map(\.debugDescription) ?? "nil") info=\(info.debugDescription) sections=[\(rendered.joined(separator: "; "))]"
        }
    }

    @Test(arguments: ReferenceFixture.all)
    func modelMatchesTheRealParser(fixture: ReferenceFixture) {
        let outcome = ReferenceParserModel.parse(fixture.bytes)
        #expect(Self.describe(outcome, fixture.bytes) == Self.describe(fixture.expected))
    }

    @Test(arguments: LLMSTxtCorpusTests.files.map(\.lastPathComponent))
    func corpusOutcomesMatchResults(name: String) throws {
        let url = try #require(LLMSTxtCorpusTests.files.first { $0.lastPathComponent == name })
        let row = try #require(LLMSTxtCorpusTests.results[name])
        let bytes = try [UInt8](Data(contentsOf: url))
        let outcome = ReferenceParserModel.parse(bytes)
        switch outcome {
        case .crashed(let crash):
            #expect(row["ref_parse_llms_file"] == "CRASH:\(crash.exception.rawValue)@\(crash.pythonLocation)")
        case .parsed(let parse):
            #expect(row["ref_parse_llms_file"] == "ok")
            #expect(row["ref_links"] == String(parse.linkCount))
            #expect(row["ref_summary"] == (parse.summary == nil ? "None" : "yes"))
        }
    }

    @Test(arguments: LLMSTxtCorpusTests.files.map(\.lastPathComponent))
    func compatDiagnosticsAgreeWithResults(name: String) throws {
        let url = try #require(LLMSTxtCorpusTests.files.first { $0.lastPathComponent == name })
        let row = try #require(LLMSTxtCorpusTests.results[name])
        let expected = try #require(row["ref_parse_llms_file"])
        let bytes = try [UInt8](Data(contentsOf: url))
        let document = LintDocument(
            path: name, kind: .llmsTxt, source: SourceText(bytes: bytes), options: LintOptions(compat: .reference))
        let diagnostics = Linter().lint(document)
        let crashes = diagnostics.filter { $0.ruleID == "REF001" }
        if expected.hasPrefix("CRASH:") {
            let exception = String(expected.dropFirst("CRASH:".count).prefix { $0 != "@" })
            #expect(crashes.count == 1)
            #expect(crashes.first?.message.contains(exception + ":") == true, "\(crashes.map(\.message))")
            #expect(diagnostics.allSatisfy { $0.ruleID == "REF001" || !$0.ruleID.hasPrefix("REF") })
        } else {
            #expect(crashes.isEmpty)
            let dropped = diagnostics.contains { $0.ruleID == "REF002" && $0.message.contains("summary=None") }
            let hasQuote = document.analysis(LLMSTxtStructure.self).summary != nil
            #expect(dropped == (row["ref_summary"] == "None" && hasQuote))
        }
        let withoutCompat = Linter().lint(LintDocument(path: name, kind: .llmsTxt, source: SourceText(bytes: bytes)))
        #expect(!withoutCompat.contains { $0.ruleID.hasPrefix("REF") })
    }

    @Test func crashesPointAtTheLineThatTriggersThem() throws {
        let text = "# P\n\n> S\n\nD\n\n## Docs\n- [a](u)\nRead this.\n"
        let crash = try #require(ReferenceParserModel.parse(Array(text.utf8)).crash)
        let bytes = Array(text.utf8)
        #expect(crash.exception == .attributeError)
        #expect(String(decoding: bytes[crash.range], as: UTF8.self) == "Read this.")
        #expect(crash.sectionName.map { String(decoding: bytes[$0], as: UTF8.self) } == "Docs")
        let invalid = ReferenceParserModel.parse([0x23, 0x20, 0xC3, 0x28])
        #expect(invalid.crash?.exception == .unicodeDecodeError)
        #expect(invalid.crash?.range == 2..<3)
    }

    @Test func adversarialInputStaysFinite() {
        let line = "# T\n\n> S\n\nD\n\n## Docs\n" + String(repeating: "- [a](", count: 20_000) + "\n"
        #expect(ReferenceParserModel.parse(Array(line.utf8)).crash?.exception == .attributeError)
        // Python answers these two (checked at 50 repetitions) with TypeError and title "\n".
        let header = "#" + String(repeating: " \n", count: 50_000) + "x"
        #expect(ReferenceParserModel.parse(Array(header.utf8)).crash?.exception == .typeError)
        let blank = Array((header.dropLast() + "\n\nx").utf8)
        #expect(ReferenceParserModel.parse(blank).parse.map { String(decoding: blank[$0.title], as: UTF8.self) } == "\n")
        let quotes = "# T\n" + String(repeating: ">\n", count: 50_000)
        _ = ReferenceParserModel.parse(Array(quotes.utf8))
    }
}
