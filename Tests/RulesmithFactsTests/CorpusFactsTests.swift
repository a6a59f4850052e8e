import Foundation
import RulesmithFacts
import RulesmithTestSupport
import Testing

/// The engine on the real repositories of `../shared/corpus/repos` (skipped when the corpus is
/// absent): no command that contradicts the maintainers' ground truth, no stack from an
/// examples-like folder. The share of commands found is the bench's business (bench/facts.sh).
@Suite struct CorpusFactsTests {
    static let repositories: URL? = SharedCorpus.folder("repos")

    static let examplesLike: Set<String> = ["example", "examples", "sample", "samples", "demo", "demos", "fixtures", "testdata", "docs", "vendor", "third_party", "node_modules"]

    @Test(.enabled(if: repositories != nil, "../shared/corpus/repos is absent"))
    func noWrongCommandAndNoStackFromExamples() throws {
        let corpus = try #require(Self.repositories)
        let cases = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        var checked = 0
        for name in cases {
            let folder = corpus.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("facts.json").path),
                  let truth = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
            let tree = folder.appendingPathComponent("tree")
            let facts = FactsEngine.facts(files: Self.files(under: tree), contents: DiskFiles(root: tree))
            checked += 1
            let commands = truth["commands"] as? [String: [String: [String]]] ?? [:]
            for (path, kinds) in commands {
                for (kind, accepted) in kinds {
                    guard let commandKind = CommandKind(rawValue: kind), let ours = facts.project(at: path)?.commands[commandKind] else { continue }
                    let spellings = Set(accepted.map(Self.collapse))
                    #expect(spellings.contains(Self.collapse(ours.command)), "\(name) \(path) \(kind): \(ours.command) (\(ours.evidence))")
                }
            }
            for project in facts.projects where !project.stacks.isEmpty {
                let parts = project.path.split(separator: "/").map { $0.lowercased() }
                #expect(!parts.contains { Self.examplesLike.contains($0) }, "\(name): stacks under \(project.path)")
            }
        }
        #expect(checked > 0)
    }

    static func collapse(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    static func files(under root: URL) -> [String] {
        var files: [String] = []
        let prefix = root.path.count + 1
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey])
        while let url = enumerator?.nextObject() as? URL {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            if values?.isRegularFile == true || values?.isSymbolicLink == true { files.append(String(url.path.dropFirst(prefix))) }
        }
        return files.sorted()
    }
}

/// Reads corpus files from disk for the engine.
private struct DiskFiles: FileContents {
    let root: URL

    func text(of path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path), data.count <= 1 << 20 else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
