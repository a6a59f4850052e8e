import Foundation
import RulesmithEditors
import RulesmithText
import Testing
@testable import RulesmithLint

/// Hostile and broken input for every kind: bounded work, a diagnostic, never a crash.
struct BadInputTests {
    static let kinds = Array(FileKind.rulesFiles).sorted()

    private func lint(_ bytes: [UInt8], _ kind: FileKind, workspace: (any WorkspaceReader)? = nil) -> [Diagnostic] {
        let document = LintDocument(path: kind.examplePath, kind: kind, source: SourceText(bytes: bytes), workspace: workspace)
        return Linter().lint([document])[0]
    }

    @Test(arguments: kinds)
    func binaryFile(kind: FileKind) {
        var bytes = Array("# Rules\n".utf8)
        bytes += (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let diagnostics = lint(bytes, kind)
        let rf007 = diagnostics.filter { $0.ruleID == "RF007" }
        #expect(rf007.count == 1)
        #expect(rf007.first?.severity == .error)
        #expect(rf007.first?.byteRange.lowerBound == 8)
        #expect(rf007.first?.message.hasPrefix("binary or not UTF-8") == true)
        #expect(!diagnostics.contains { ["MDC001", "RF004", "CP001", "WS001"].contains($0.ruleID) })
    }

    @Test(arguments: kinds)
    func invalidUTF8(kind: FileKind) {
        let bytes = Array("Caf".utf8) + [0xE9] + Array(" au lait\n".utf8)
        let rf007 = lint(bytes, kind).filter { $0.ruleID == "RF007" }
        #expect(rf007.map(\.byteRange) == [3..<4])
        #expect(rf007.first?.message.contains("0xE9") == true)
    }

    @Test(arguments: kinds)
    func utf16(kind: FileKind) {
        let withMark: [UInt8] = [0xFF, 0xFE] + Array("# Rules\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(lint(withMark, kind).filter { $0.ruleID == "RF007" }.first?.message.contains("UTF-16 little-endian (by its byte-order mark)") == true)
        let bare: [UInt8] = Array("# Rules for the project\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(lint(bare, kind).filter { $0.ruleID == "RF007" }.first?.message.contains("UTF-16 big-endian (by its NUL pattern)") == true)
    }

    @Test(arguments: kinds)
    func emptyFile(kind: FileKind) {
        let diagnostics = lint([], kind)
        #expect(diagnostics.filter { $0.ruleID == "RF001" }.count == 1)
        #expect(!diagnostics.contains { $0.ruleID == "MDC001" || $0.ruleID == "CP001" || $0.ruleID == "WS001" })
    }

    @Test(arguments: kinds)
    func tenMegabyteFrontmatter(kind: FileKind) {
        let text = "---\n" + String(repeating: "description: \(String(repeating: "x", count: 90))\n", count: 110_000) + "---\nBody\n"
        let diagnostics = lint(Array(text.utf8), kind)
        switch kind {
        case .cursorMdc: #expect(diagnostics.contains { $0.ruleID == "MDC002" && $0.message.contains("is not read") })
        case .copilotInstructions: #expect(diagnostics.contains { $0.ruleID == "CP001" })
        case .windsurfRule: #expect(diagnostics.contains { $0.ruleID == "WS001" })
        case .kiroSteering: #expect(diagnostics.contains { $0.ruleID == "KR001" })
        default: break
        }
    }

    @Test(arguments: kinds)
    func aliasBomb(kind: FileKind) {
        var lines = ["---", "bomb:", "  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append("  \(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
            previous = name
        }
        let diagnostics = lint(Array((lines + ["---", "Body", ""]).joined(separator: "\n").utf8), kind)
        if kind == .cursorMdc { #expect(diagnostics.contains { $0.ruleID == "MDC002" && $0.message.contains("alias-bomb guard") }) }
    }

    @Test func hundredMegabyteBodyFromDisk() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-huge-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: url) }
        var line = Array("- Use bun; see [guide](docs/guide.md) and @docs/x.md for /Users/ana/notes.\n".utf8)
        line += Array(repeating: UInt8(ascii: "x"), count: 1024 - line.count - 1) + [0x0A]
        var chunk: [UInt8] = []
        for _ in 0..<1024 { chunk += line }
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        for _ in 0..<100 { try handle.write(contentsOf: Data(chunk)) }
        try handle.close()
        let bytes = Array(try Data(contentsOf: url))
        #expect(bytes.count == 100 << 20)
        let workspace = InMemoryWorkspace(files: ["docs/guide.md": "x"])
        let diagnostics = lint(bytes, .claudeMd, workspace: workspace)
        #expect(diagnostics.filter { $0.ruleID == "RF002" }.count == 1)
        // One absolute path per line: the first 10,000 are listed, the rest counted in one more.
        let paths = diagnostics.filter { $0.ruleID == "RF004" }
        #expect(paths.count == FindingCap.perRule + 1)
        #expect(paths.reduce(0) { $0 + $1.findingCount } == 102_400)
    }
}
