import Foundation
import Testing

/// Kit hands the CLI typed outcomes and `RulesmithFailure`s: no file under `Sources/RulesmithKit`
/// picks an exit code or writes to standard output (ARCHITECTURE.md, "A command"). The one
/// exception is the sync progress line on standard error, which the CLI switches on.
struct KitBoundaryTests {
    static let kit = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/RulesmithKit")

    static let forbidden = ["exitCode", "ExitStatus", "exit(", "print(", "Terminal.standardOutput", "Terminal.standardError"]
    static let allowed: [String: Set<String>] = [
        "Sync/SyncSupport.swift": ["Terminal.standardError"],
    ]

    @Test func kitNeverPrintsNorPicksAnExitCode() throws {
        let files = try #require(FileManager.default.enumerator(atPath: Self.kit.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(files.count > 50)
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: Self.kit.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                for word in Self.forbidden where code.contains(word) && !(Self.allowed[file]?.contains(word) ?? false) {
                    found.append("\(file):\(number + 1): \(word)")
                }
            }
        }
        #expect(found.isEmpty, "\(found)")
    }
}
