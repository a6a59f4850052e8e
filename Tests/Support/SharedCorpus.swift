import Foundation

/// The one locator of the shared corpus of real files: `<package root>/../shared/corpus`, found
/// relative to the package and nowhere else. A test that reads it carries
/// `.enabled(if: SharedCorpus.isPresent, …)` (or the `folder(…)` variant), so it is reported as
/// skipped, not failed, where the corpus is absent (a clone of the repository on its own).
public enum SharedCorpus {
    /// The package root: this file is `<root>/Tests/Support/SharedCorpus.swift`.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The corpus folder, or nil when there is no `../shared/corpus` beside the package.
    public static let directory: URL? = {
        let url = packageRoot.appendingPathComponent("../shared/corpus").standardizedFileURL
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// Whether the corpus is there.
    public static var isPresent: Bool { directory != nil }

    /// One part of the corpus (`llms-txt`, `rules`, `repos`), or nil when it is absent.
    public static func folder(_ name: String) -> URL? {
        guard let url = directory?.appendingPathComponent(name), FileManager.default.fileExists(atPath: url.path) else {
            return nil
        }
        return url
    }

    /// The llms.txt corpus files, sorted by name (none when the corpus is absent).
    public static func llmsTxtFiles() -> [URL] {
        guard let folder = folder("llms-txt"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix("llms.txt") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The rows of a tab-separated table of the corpus (`llms-txt/RESULTS.tsv`) keyed by their
    /// first column, each a column-name → value map (none when the corpus is absent).
    public static func table(_ path: String) -> [String: [String: String]] {
        guard let url = directory?.appendingPathComponent(path),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        let rows = text.split(separator: "\n", omittingEmptySubsequences: true).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        guard let header = rows.first else { return [:] }
        var table: [String: [String: String]] = [:]
        for row in rows.dropFirst() {
            var entry: [String: String] = [:]
            for (index, name) in header.enumerated() { entry[name] = index < row.count ? row[index] : "" }
            table[row[0]] = entry
        }
        return table
    }

    /// RESULTS.tsv rows of the llms.txt corpus keyed by file name.
    public static func llmsTxtResults() -> [String: [String: String]] { table("llms-txt/RESULTS.tsv") }
}

