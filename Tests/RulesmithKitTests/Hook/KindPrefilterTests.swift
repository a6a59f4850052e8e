import Foundation
import RulesmithEditors
import RulesmithTestSupport
import Testing
@testable import RulesmithKit

/// The byte-level prefilter in front of `FileKind.classify` must never drop a path classify knows.
struct KindPrefilterTests {
    /// Real repository paths of the corpus files (SOURCES.tsv), when the shared corpus is there.
    static func corpusPaths() -> [String] {
        guard let corpus = SharedCorpus.directory?.path else { return [] }
        var paths: [String] = []
        for table in ["rules/SOURCES.tsv", "llms-txt/SOURCES.tsv"] {
            guard let text = try? String(contentsOfFile: corpus + "/" + table, encoding: .utf8) else { continue }
            let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            guard let header = rows.first, let column = header.firstIndex(of: "path") else { continue }
            paths += rows.dropFirst().compactMap { $0.count > column ? $0[column] : nil }
        }
        return paths
    }

    @Test func neverRejectsAPathClassifyKnows() {
        var paths = FileKind.allCases.map(\.examplePath)
        paths += Self.corpusPaths()
        paths += [
            "llms.txt", "docs/llms-full.txt", ".cursorrules", "a/.windsurfrules", ".clinerules", "AGENTS.override.md",
            "CLAUDE.local.md", ".cursor/rules/UPPER.MDC", ".cursor/rules/x.Md", ".github/instructions/TS.Instructions.MD",
            ".clinerules/sub/x.MD", ".kiro/steering/p.md", ".devin/rules/a.md", "app/.github/copilot-instructions.md",
            "LLMS.TXT", "Llms-Full.txt", ".CursorRules", ".WINDSURFRULES", ".ClineRules", "Agents.md", "AGENTS.MD",
        ]
        let extra = ["README.md", "src/main.swift", "llms.txt.bak", "notes.txt", "a/b/c", "x.mdx", ".md", "md", "rules"]
        for path in paths + extra where FileKind.classify(path) != nil {
            #expect(KindPrefilter.mayBeKnown(path), "\(path) is \(String(describing: FileKind.classify(path))) but the prefilter drops it")
        }
        #expect(FileKind.allCases.allSatisfy { KindPrefilter.mayBeKnown($0.examplePath) })
    }

    @Test func rejectsTheCommonSourceFiles() {
        for path in ["src/main.swift", "a/b/file.txt", "Package.swift", "x", "dir/", ".gitignore", "llms.txt.orig"] {
            #expect(!KindPrefilter.mayBeKnown(path), "\(path)")
        }
    }
}
