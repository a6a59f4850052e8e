import RulesmithEditors
import RulesmithText
import Testing
@testable import RulesmithLint

/// Found by fuzz-frontmatter and fuzz-security: rules quote the file's own text in messages, so a
/// vertical tab in a frontmatter key (MDC003) put a line break into the message, and a DEL in a
/// link target (RF003) a control character. A hostile file could break line-based reports or
/// send escape sequences to the terminal; every message is now one printable line.
struct ControlCharacterMessageRegressionTests {
    /// The fuzzer's frontmatter crasher, verbatim (165 bytes; `always<VT>Apply`).
    static let verticalTabKey: [UInt8] = Array("---\ndescription:\nglobs:\nalways".utf8) + [0x0B] + Array("""
        Apply: true
        ---

        Aftering a task, plpecs/todo.md and mark the task and any others that were complers that were completed as completed.
        """.utf8)

    @Test func frontmatterKeyWithAVerticalTab() {
        let diagnostics = lint(Self.verticalTabKey, as: .cursorMdc)
        #expect(diagnostics.contains { $0.ruleID == "MDC003" })
        expectPrintable(diagnostics)
    }

    @Test func linkTargetWithDeleteAndEscape() {
        let bytes = Array("See [x](exampl\u{7F}es/simple.wire) and [y](a\u{1B}]0;pwned\u{7}.md) and [z](b\u{9B}2J.md).\n".utf8)
        let diagnostics = lint(bytes, as: .claudeMd)
        #expect(diagnostics.filter { $0.ruleID == "RF003" }.count >= 2)
        expectPrintable(diagnostics)
    }

    @Test func printableMessagesAreUnchanged() {
        let message = "link target 'docs/gu\u{00EF}de.md' does not exist; expected a file at docs/guide.md ⏎"
        #expect(PrintableMessage.make(message) == message)
        #expect(PrintableMessage.make("a\r\nb\u{0}c\u{2028}d") == "a⏎b\u{FFFD}c⏎d")
    }

    private func lint(_ bytes: [UInt8], as kind: FileKind) -> [Diagnostic] {
        let workspace = InMemoryWorkspace(files: ["docs/guide.md": "# Guide\n"])
        return Linter().lint(LintDocument(path: kind.examplePath, kind: kind, source: SourceText(bytes: bytes), workspace: workspace))
    }

    private func expectPrintable(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            let controls = diagnostic.message.unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
            #expect(controls.isEmpty, "\(diagnostic.ruleID): \(diagnostic.message.debugDescription)")
        }
    }
}
