import Foundation
import RulesmithEditors
import RulesmithTestSupport
import RulesmithText
@testable import RulesmithLint

/// The real rules files in `shared/corpus/rules`, with their repository paths from SOURCES.tsv.
struct RulesCorpus {
    struct Entry: Sendable {
        var file: String
        var repo: String
        var path: String
        var isSymlink: Bool
        var bytes: [UInt8]
        var kind: FileKind? { FileKind.classify(path) }
    }

    let root: URL
    let entries: [Entry]

    /// Loads the corpus beside the package (`SharedCorpus`); throws when it is absent.
    static func load() throws -> RulesCorpus {
        guard let root = SharedCorpus.folder("rules") else { throw CorpusMissing() }
        let table = try String(contentsOf: root.appendingPathComponent("SOURCES.tsv"), encoding: .utf8)
        var entries: [Entry] = []
        for line in table.split(separator: "\n").dropFirst() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 7 else { continue }
            let data = try Data(contentsOf: root.appendingPathComponent(columns[0]))
            entries.append(Entry(file: columns[0], repo: columns[1], path: columns[2], isSymlink: columns[6] == "120000", bytes: Array(data)))
        }
        return RulesCorpus(root: root, entries: entries)
    }

    /// The regular files of every repository, grouped, with their kinds.
    var repositories: [String: [Entry]] {
        Dictionary(grouping: entries.filter { !$0.isSymlink && $0.kind != nil }, by: \.repo)
    }

    func entry(_ file: String) -> Entry? { entries.first { $0.file == file } }

    /// Lints one repository's files together (so RF005 sees them all), keyed by corpus file name.
    static func lint(_ entries: [Entry], workspace: (any WorkspaceReader)? = nil, linter: Linter = Linter()) -> [String: [Diagnostic]] {
        let documents = entries.map { entry in
            LintDocument(path: entry.path, kind: entry.kind ?? .agentsMd, source: SourceText(bytes: entry.bytes), workspace: workspace)
        }
        let results = linter.lint(documents)
        return Dictionary(uniqueKeysWithValues: zip(entries.map(\.file), results))
    }
}

struct CorpusMissing: Error {}
