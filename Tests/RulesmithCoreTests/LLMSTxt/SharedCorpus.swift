import Foundation

/// Finds `shared/corpus` from a test file: `<repo>/../shared/corpus` first (the repository sits in
/// `/work/main` or a worktree `/work/wt/<name>`), then `/work/shared/corpus`.
enum SharedCorpus {
    static func directory(_ filePath: String = #filePath) -> URL? {
        var root = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while root.path != "/", !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        let candidates = [
            root.appendingPathComponent("../shared/corpus").standardizedFileURL,
            root.appendingPathComponent("../../shared/corpus").standardizedFileURL,
            URL(fileURLWithPath: "/work/shared/corpus"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// The llms.txt corpus files, sorted by name.
    static func llmsTxtFiles() -> [URL] {
        guard let folder = directory()?.appendingPathComponent("llms-txt"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix("llms.txt") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// RESULTS.tsv rows keyed by file name, each a column-name → value map.
    static func llmsTxtResults() -> [String: [String: String]] {
        guard let url = directory()?.appendingPathComponent("llms-txt/RESULTS.tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        let rows = text.split(separator: "\n", omittingEmptySubsequences: true).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        guard let header = rows.first else { return [:] }
        var results: [String: [String: String]] = [:]
        for row in rows.dropFirst() {
            var entry: [String: String] = [:]
            for (index, name) in header.enumerated() { entry[name] = index < row.count ? row[index] : "" }
            results[row[0]] = entry
        }
        return results
    }
}
