import Foundation
import RulesmithDocs

/// Writes the generated documents under `root` (removing rule pages no rule generates any more),
/// or with `check` only lists the stale ones; returns the exit status.
func generateDocuments(root: URL, check: Bool) throws -> Int32 {
    let documents = GeneratedDocuments()
    let folder = root.appendingPathComponent(RuleDocumentation.folder)
    let existing = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).map { "\(RuleDocumentation.folder)/\($0)" }
    let read: (String) -> String? = { path in
        (try? Data(contentsOf: root.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }
    let stale = documents.stale(committed: read, existingPages: existing)
    if check {
        for path in stale { print("stale: \(path)") }
        if !stale.isEmpty { print("run `\(GeneratedDocuments.command)` and commit the result") }
        return stale.isEmpty ? 0 : 1
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for path in stale {
        let url = root.appendingPathComponent(path)
        if let text = documents.files[path] {
            try Data(text.utf8).write(to: url, options: .atomic)
        } else {
            try FileManager.default.removeItem(at: url)
        }
    }
    print("rulesmith-dev: \(stale.count) of \(documents.files.count) documents rewritten")
    return 0
}
