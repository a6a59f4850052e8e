import RulesmithEditors
import RulesmithText
import Testing
@testable import RulesmithLint

/// One encoding detector (`TextEncoding`) and one finding per cause: a UTF-16 or UTF-32 rules file
/// draws RF007 alone (SEC011 yields to it), SEC011 where RF007 is off; a UTF-8 byte-order mark
/// stays SEC011's info.
struct EncodingFindingTests {
    static func ids(_ bytes: [UInt8], kind: FileKind = .agentsMd, options: LintOptions = LintOptions()) -> [String] {
        Linter().lint(LintDocument(path: kind.examplePath, kind: kind, source: SourceText(bytes: bytes), options: options))
            .map(\.ruleID).filter { $0 == "RF007" || $0 == "SEC011" || $0 == "LT001" }
    }

    static let littleEndian: [UInt8] = [0xFF, 0xFE] + Array("# Rules\n\n- Be kind.\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    static let bigEndianBare: [UInt8] = Array("# Rules for the project\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    static let utf32Bare: [UInt8] = Array("# Rules for the project\n".unicodeScalars).flatMap { [UInt8($0.value & 0xFF), 0, 0, 0] }

    @Test(arguments: [FileKind.agentsMd, .claudeMd, .cursorMdc])
    func aWideFileDrawsOneFinding(kind: FileKind) {
        #expect(Self.ids(Self.littleEndian, kind: kind) == ["RF007"])
        #expect(Self.ids(Self.bigEndianBare, kind: kind) == ["RF007"])
        #expect(Self.ids(Self.utf32Bare, kind: kind) == ["RF007"])
    }

    @Test func withRF007OffSEC011ReportsTheEncoding() {
        let options = LintOptions(ruleLevels: ["RF007": .off])
        #expect(Self.ids(Self.littleEndian, options: options) == ["SEC011"])
    }

    @Test func aByteOrderMarkIsSEC011sInfoAlone() {
        let diagnostics = Linter().lint(LintDocument(path: "AGENTS.md", kind: .agentsMd, source: SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("# Rules\n".utf8))))
        #expect(diagnostics.filter { $0.ruleID == "RF007" || $0.ruleID == "SEC011" }.map { "\($0.ruleID) \($0.severity)" } == ["SEC011 info"])
    }

    @Test func theRulesReadOneDetector() {
        for bytes in [Self.littleEndian, Self.bigEndianBare, Self.utf32Bare] {
            #expect(TextEncoding.detect(bytes).isWide)
            #expect(TextIntegrity(SourceText(bytes: bytes)).wideEncoding != nil)
        }
    }
}
