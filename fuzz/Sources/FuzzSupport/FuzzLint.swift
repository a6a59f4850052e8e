import RulesmithEditors
import RulesmithLint
import RulesmithText

/// What every fuzz target checks once it has a document: lint end to end, report in every format,
/// apply the safe fixes, and trap on any broken invariant so libFuzzer keeps the input.
public enum FuzzLint {
    /// A small workspace so link and `@import` checks have something to resolve against.
    static let workspace = InMemoryWorkspace(files: [
        "docs/guide.md": "# Guide\n", "AGENTS.md": "# Agents\n@CLAUDE.md\n", "CLAUDE.md": "@AGENTS.md\n",
    ], homeDirectory: "/home/fuzz")

    /// Lints `bytes` as `kind`, reports the findings, applies the safe fixes, and checks the invariants.
    public static func run(_ bytes: [UInt8], kind: FileKind, options: LintOptions = LintOptions()) {
        let linter = Linter()
        let document = LintDocument(
            path: kind.examplePath, kind: kind, source: SourceText(bytes: bytes), options: options, workspace: workspace)
        let diagnostics = linter.lint(document)
        for diagnostic in diagnostics {
            require(diagnostic.byteRange.lowerBound >= 0 && diagnostic.byteRange.upperBound <= bytes.count,
                    "diagnostic \(diagnostic.ruleID) out of bounds")
            require(diagnostic.start.line >= 1 && diagnostic.start.column >= 1, "diagnostic \(diagnostic.ruleID) at line or column 0")
            // Text and GitHub output are one diagnostic a line; a quoted newline would break them.
            require(!diagnostic.message.contains(where: \.isNewline), "message of \(diagnostic.ruleID) spans lines")
            // A hostile file must not reach the user's terminal through a message (ESC, BEL, NUL…).
            require(!diagnostic.message.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F },
                    "message of \(diagnostic.ruleID) carries a control character")
            if diagnostic.ruleID == "SEC201", diagnostic.byteRange.count >= 16 {
                let secret = String(decoding: bytes[diagnostic.byteRange], as: UTF8.self)
                require(!diagnostic.message.contains(secret), "SEC201 printed the secret in full")
            }
        }
        // One report format per input (chosen by its length): every format gets inputs, and no
        // input pays for four reports.
        let reports = [FileReport(path: document.displayPath, kind: kind, diagnostics: diagnostics)]
        let formats = ReportFormat.allCases
        _ = formats[bytes.count % formats.count].reporter(color: bytes.count & 4 == 0).report(reports, catalogue: linter.catalogue)
        if diagnostics.contains(where: { $0.fix?.applicability == .safe }) {
            checkFixes(document, linter: linter)
        }
    }

    /// Safe fixes never produce invalid UTF-8 from valid input, and fixing the fixed text again
    /// changes nothing (the fix loop converged).
    static func checkFixes(_ document: LintDocument, linter: Linter) {
        let fixed = linter.fix(document)
        guard fixed.applied > 0 else { return }
        if document.source.isValidUTF8 {
            require(UTF8Validation.isValid(fixed.bytes), "safe fixes made valid UTF-8 invalid")
        }
        let again = LintDocument(
            path: document.path, kind: document.kind, source: SourceText(bytes: fixed.bytes), options: document.options,
            workspace: document.workspace)
        let second = linter.fix(again)
        require(second.bytes == fixed.bytes, "safe fixes did not converge (\(second.applied) more applied)")
    }

    /// Traps with `message` when `condition` is false, so the fuzzer records a crash.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz invariant: \(message())") }
    }

    /// The input as a byte array.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }
}
