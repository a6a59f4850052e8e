import Foundation
import RulesmithEditors
import RulesmithText
import Testing
@testable import RulesmithLint

/// Timings of the security scan on large inputs. Off unless RULESMITH_BENCH is set; prints
/// timings and asserts nothing about time. Run with `swift test -c release --filter SecurityBenchmark`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["RULESMITH_BENCH"] != nil))
struct SecurityBenchmarkTests {
    private func time(_ label: String, bytes: [UInt8], kind: FileKind = .agentsMd) {
        let clock = ContinuousClock()
        var source = SourceText(bytes: [])
        let sourceTime = clock.measure { source = SourceText(bytes: bytes) }
        let document = LintDocument(path: "AGENTS.md", kind: kind, source: source)
        let textTime = clock.measure { _ = document.analysis(SecurityText.self) }
        let codePointTime = clock.measure { _ = document.analysis(CodePointScan.self) }
        let copyTime = clock.measure { _ = NormalizedCopy(document.analysis(SecurityText.self)) }
        let markdownTime = clock.measure { _ = document.analysis(MarkdownDocument.self) }
        let textScanTime = clock.measure { _ = document.analysis(TextScan.self) }
        var diagnostics: [Diagnostic] = []
        let fresh = LintDocument(path: "AGENTS.md", kind: kind, source: source)
        let total = clock.measure { diagnostics = SecurityLint.linter.lint(fresh) }
        let megabytes = Double(bytes.count) / 1_000_000
        print("bench \(label): \(megabytes) MB; security lint total \(total) (\(diagnostics.count) findings); parts: SourceText \(sourceTime), SecurityText \(textTime), code points \(codePointTime), normalised copy \(copyTime), Markdown blocks \(markdownTime), text pass without Markdown \(textScanTime)")
    }

    /// ASCII text built from the corpus (non-ASCII bytes dropped), repeated to `size` bytes.
    private func corpusASCII(size: Int) throws -> [UInt8] {
        let corpus = try #require(SecurityCorpusTests.corpus)
        var seed: [UInt8] = []
        for folder in ["rules/agents_md", "rules/claude_md", "rules/mdc", "llms-txt"] {
            let directory = corpus.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where !name.hasSuffix(".tsv") {
                let data = try Data(contentsOf: directory.appendingPathComponent(name))
                seed.append(contentsOf: data.filter { $0 < 0x80 && ($0 >= 0x20 || $0 == 0x0A || $0 == 0x09) })
                seed.append(0x0A)
            }
        }
        var output: [UInt8] = []
        output.reserveCapacity(size)
        while output.count < size { output.append(contentsOf: seed.prefix(size - output.count)) }
        return output
    }

    @Test func hundredMegabytesOfASCII() throws {
        time("corpus-ascii", bytes: try corpusASCII(size: 100_000_000))
        let prose = Array("The quick brown fox jumps over the lazy dog and keeps the build green.\n".utf8)
        var plain: [UInt8] = []
        plain.reserveCapacity(100_000_000)
        while plain.count < 100_000_000 { plain.append(contentsOf: prose) }
        time("plain-prose", bytes: plain)
    }

    @Test func oneMegabyteSingleLine() {
        time("single-line-words", bytes: Array(String(repeating: "token secret curl ignore previous rules ", count: 25_000).utf8))
        time("single-line-zero-width", bytes: Array(String(repeating: "\u{200B}", count: 333_333).utf8))
        time("single-line-base64", bytes: Array(String(repeating: "QUJDRGVmZ2hpSktMTU5vcHFyc1RVVldYWVo0NTY3ODkw", count: 23_000).utf8))
    }

    @Test func tenMegabytesOfNonASCII() {
        let line = Array("Règles : utilisez «\u{00A0}TypeScript\u{00A0}» — 中文说明 ✅ \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\n".utf8)
        var text: [UInt8] = []
        while text.count < 10_000_000 { text.append(contentsOf: line) }
        time("non-ascii-mixed", bytes: text)
    }
}
