import Foundation
import RulesmithTestSupport
import RulesmithText
import Testing
@testable import RulesmithLint

/// The rules-file rules over the real corpus: no crash, every known defect found by the right
/// rule, and no error on files the corpus README does not list as defective.
@Suite(.enabled(if: SharedCorpus.isPresent, "../shared/corpus is absent"))
struct RulesCorpusTests {
    static let ruleIDs: Set<String> = Set((RulesFileRules.all.map(\.description) + RulesFileRules.project.map(\.description)).map(\.id))

    let corpus: RulesCorpus
    let results: [String: [Diagnostic]]

    init() throws {
        corpus = try RulesCorpus.load()
        var results: [String: [Diagnostic]] = [:]
        for (_, entries) in corpus.repositories {
            for (file, diagnostics) in RulesCorpus.lint(entries) {
                results[file] = diagnostics.filter { Self.ruleIDs.contains($0.ruleID) }
            }
        }
        self.results = results
    }

    private func ids(_ file: String) -> [String] { (results[file] ?? []).map(\.ruleID) }

    @Test func everyRegularFileIsLinted() {
        let regular = corpus.entries.filter { !$0.isSymlink }
        #expect(regular.allSatisfy { $0.kind != nil || $0.path.hasSuffix("llms.txt") })
        #expect(results.count == corpus.repositories.values.map(\.count).reduce(0, +))
    }

    @Test func symlinkStubsLintWithoutCrashing() {
        for entry in corpus.entries where entry.isSymlink {
            let document = LintDocument(path: entry.path, kind: entry.kind ?? .agentsMd, source: SourceText(bytes: entry.bytes))
            _ = Linter().lint(document)
        }
    }

    @Test func findsTheHollowAndFrontmatterDefects() throws {
        #expect(ids("mdc/82deutschmark__Goodwin__goodwin.mdc") == ["MDC007"])
        #expect(ids("mdc/0xPliny__pliny-framework__pliny.mdc").contains("MDC001"))
        #expect(ids("mdc/ArcadeAI__cli-agent-template__general.mdc") == ["MDC001"])
        let yamlError = try #require(results["mdc/BlueCentre__monorepo__epic-rsd-relationships.mdc"]?.first { $0.ruleID == "MDC002" })
        #expect(yamlError.start.line == 3)
        #expect(yamlError.severity == .error)
        #expect(ids("mdc/0xmichalis__nftbk__rust.mdc").isEmpty, "Cursor's unquoted globs: *.rs is not a defect")
    }

    @Test func findsTheSizeDefects() throws {
        let agents = try #require(results["agents_md/BusiRocket__ai-rules__AGENTS.md"]?.first { $0.ruleID == "RF002" })
        #expect(agents.message.hasPrefix("116,208 bytes, over Codex's 32,768-byte budget"))
        #expect(ids("claude_md/BusiRocket__ai-rules__CLAUDE.md").contains("RF002"))
        #expect(ids("claude_md/Innovation-Labs-Technical-Hub__TablePro__CLAUDE.md") == ["RF002"])
        let windsurf = try #require(results["windsurfrules/ADORSYS-GIS__cloud-identity-wallet__.windsurfrules"]?.first { $0.ruleID == "RF002" })
        #expect(windsurf.message.contains("truncates the rest (second-hand figure)"))
    }

    @Test func findsTheAbsoluteLocalPaths() {
        let expected = [
            "agents_md/0101__treemon__AGENTS.md": 3,
            "cursorrules/0xPliny__pliny-framework__.cursorrules": 5,
            "mdc/0xPliny__pliny-framework__pliny.mdc": 3,
            "agents_md/4DA-Systems__4DA__AGENTS.md": 1,
            "copilot/BlueCentre__monorepo__copilot-instructions.md": 1,
        ]
        let found = results.compactMapValues { diagnostics -> Int? in
            let count = diagnostics.count { $0.ruleID == "RF004" }
            return count > 0 ? count : nil
        }
        #expect(found == expected)
    }

    @Test func findsTheCopiesAcrossTargets() throws {
        func message(_ file: String) -> String? { results[file]?.first { $0.ruleID == "RF005" }?.message }
        #expect(message("clinerules/4DA-Systems__4DA__.clinerules")?.hasPrefix("same text as .windsurfrules") == true)
        #expect(message("windsurfrules/4DA-Systems__4DA__.windsurfrules")?.hasPrefix("same text as .clinerules") == true)
        #expect(message("mdc/4DA-Systems__4DA__project.mdc") == "0.99 similar to .clinerules (and 1 more copy, 0.99 similar): the copies have drifted; generate them from one source")
        for file in [
            "claude_md/ADORSYS-GIS__cloud-identity-wallet__CLAUDE.md", "copilot/ADORSYS-GIS__cloud-identity-wallet__copilot-instructions.md",
            "cursorrules/ADORSYS-GIS__cloud-identity-wallet__.cursorrules", "windsurfrules/ADORSYS-GIS__cloud-identity-wallet__.windsurfrules",
        ] {
            #expect(message(file)?.contains("(and 2 more copies, down to 0.95 similar): the copies have drifted") == true, "\(file)")
        }
        #expect(message("agents_md/BusiRocket__ai-rules__AGENTS.md") == "0.99 similar to CLAUDE.md: the copies have drifted; generate them from one source")
        #expect(results.values.joined().filter { $0.ruleID == "RF005" }.allSatisfy { $0.severity == .info })
    }

    @Test func findsTheOneBrokenLinkWithTheRepositoryAround() throws {
        let claude = try #require(corpus.entry("claude_md/AmbiraDev__ambira-web__CLAUDE.md"))
        let agents = try #require(corpus.entry("agents_md/AmbiraDev__ambira-web__AGENTS.md"))
        var files: [String: String] = [".claude/AGENTS.md": String(decoding: agents.bytes, as: UTF8.self)]
        for name in ["README.md", "CACHING_STRATEGY.md", "EXAMPLES.md", "TESTING_COVERAGE_ROADMAP.md"] {
            files["docs/architecture/" + name] = "# \(name)\n"
        }
        let results = RulesCorpus.lint([claude, agents], workspace: InMemoryWorkspace(files: files))
        let broken = (results[claude.file] ?? []).filter { $0.ruleID == "RF003" }
        #expect(broken.map(\.start.line) == [639])
        #expect(broken.first?.message == "link target './tests/README.md' does not exist; expected a file at tests/README.md")
        #expect((results[agents.file] ?? []).filter { $0.ruleID == "RF003" }.isEmpty)
    }

    @Test func resolvesImportStubsAgainstTheirRepository() throws {
        for repo in ["astral-sh/ruff", "Inok/NuGet.Promoter"] {
            let entries = try #require(corpus.repositories[repo])
            let files = Dictionary(uniqueKeysWithValues: entries.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
            let results = RulesCorpus.lint(entries, workspace: InMemoryWorkspace(files: files))
            let ids = results.values.joined().map(\.ruleID).filter { Self.ruleIDs.contains($0) && $0 != "RF002" }
            #expect(ids.isEmpty, "\(repo): \(ids)")
        }
    }

    @Test func reportsAnInlineCopyBesideAnImport() throws {
        let agents = try #require(corpus.entry("agents_md/Inok__NuGet.Promoter__AGENTS.md"))
        let text = String(decoding: agents.bytes, as: UTF8.self)
        var doubled = agents
        doubled.file = "claude_md/doubled"
        doubled.path = "CLAUDE.md"
        doubled.bytes = Array(("@AGENTS.md\n\n" + text).utf8)
        let results = RulesCorpus.lint([agents, doubled])
        let finding = try #require(results["claude_md/doubled"]?.first { $0.ruleID == "RF005" })
        #expect(finding.message == "imports AGENTS.md and also holds 100% of its text; Claude Code loads these instructions twice, so keep only the import")
        #expect(finding.severity == .warning)
        #expect(finding.start == SourcePosition(line: 1, column: 1))
    }

    @Test func seesSymlinkedCopiesAnEditorLoadsTwice() throws {
        // 0xmichalis/nftbk links AGENTS.md and the Copilot file to its always-on Cursor rule.
        let general = try #require(corpus.entry("mdc/0xmichalis__nftbk__general.mdc"))
        let linked = corpus.entries.filter { $0.repo == "0xmichalis/nftbk" && $0.isSymlink }.map { entry in
            var copy = entry
            copy.bytes = general.bytes
            return copy
        }
        let results = RulesCorpus.lint([general] + linked)
        #expect(results["agents_md/0xmichalis__nftbk__AGENTS.md"]?.first { $0.ruleID == "RF005" }?.message
            == "Cursor loads both this file and .cursor/rules/general.mdc, which hold the same text; keep one (a symlink or an import stub)")
        #expect(results["copilot/0xmichalis__nftbk__copilot-instructions.md"]?.first { $0.ruleID == "RF005" }?.message
            == "GitHub Copilot loads both this file and AGENTS.md, which hold the same text; keep one (a symlink or an import stub)")
    }

    /// Files the README lists as defective, and the one it misses (4DA's .windsurfrules is 7,004
    /// characters, over the 6,000-character legacy budget Windsurf documents for `.windsurfrules`).
    static let expectedErrors: Set<String> = [
        "mdc/BlueCentre__monorepo__epic-rsd-relationships.mdc",
        "windsurfrules/ADORSYS-GIS__cloud-identity-wallet__.windsurfrules",
        "windsurfrules/4DA-Systems__4DA__.windsurfrules",
    ]

    @Test func raisesNoErrorOnCleanFiles() {
        let withErrors = Set(results.filter { $0.value.contains { $0.severity == .error } }.keys)
        #expect(withErrors == Self.expectedErrors)
    }
}
