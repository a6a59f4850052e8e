import RulesmithEditors
import RulesmithText

/// What RF005 keeps of one file between linting it and comparing it with the others: its paths
/// and kind, its fingerprint (one shared by every file of the same text), a hash standing for its
/// text, the range of its first line and its resolved imports. Never the text itself, so a
/// monorepo of ten thousand rules files is compared without holding ten thousand files.
struct DuplicateInstructionsSummary: Sendable {
    /// An `@import` that names a file: where it is written and the workspace path it resolves to.
    struct Import: Sendable {
        let range: Range<Int>
        let path: String
    }

    /// Stands for the body's bytes: two hashes of them (with different seeds) and their count. Equal
    /// bodies have equal hashes; different bodies sharing all 128 bits and the length is not a
    /// case a run will meet.
    struct BodyHash: Hashable, Sendable {
        let first: Int
        let second: Int
        let count: Int

        init(_ bytes: ArraySlice<UInt8>) {
            var first = Hasher()
            var second = Hasher()
            first.combine(0x5253_3030_35)
            second.combine(0x7266_3030_35_3035)
            bytes.withUnsafeBytes { raw in
                first.combine(bytes: raw)
                second.combine(bytes: raw)
            }
            self.first = first.finalize()
            self.second = second.finalize()
            count = bytes.count
        }
    }

    /// The key under which files of one text share their fingerprint.
    private struct FingerprintKey: Hashable {
        let body: BodyHash
        let range: Range<Int>
    }

    let path: String
    let resolutionPath: String
    let kind: FileKind
    /// nil when the file is not compared: not a rules file, not text, or blank.
    let fingerprint: TextFingerprint?
    let bodyHash: BodyHash?
    let firstLine: Range<Int>
    /// File-path imports that resolve (only for a file with a fingerprint).
    let imports: [Import]
    /// Where an imported file that is not under lint is read from.
    let workspace: (any WorkspaceReader)?

    init(_ document: LintDocument, shared: SharedSummaries) {
        path = document.path
        resolutionPath = document.resolutionPath
        kind = document.kind
        workspace = document.workspace
        firstLine = RulesFileSupport.firstLine(document)
        guard FileKind.rulesFiles.contains(document.kind), document.isReadableRulesText else {
            fingerprint = nil
            bodyHash = nil
            imports = []
            return
        }
        let made = document.analysis(InstructionsBody.self)
        let body = made.range
        let hash = made.hash
        // Copies of one text are fingerprinted once and share the one fingerprint.
        let fingerprinted = shared.intern(FingerprintKey(body: hash, range: body)) { document.analysis(TextFingerprint.self) }
        guard fingerprinted.shingles?.isEmpty == false else {
            fingerprint = nil
            bodyHash = nil
            imports = []
            return
        }
        fingerprint = fingerprinted
        bodyHash = hash
        let home = document.workspace?.homeDirectory
        imports = document.analysis(DocumentImports.self).imports.compactMap { reference in
            guard reference.isFilePath, let path = reference.resolved(from: document.resolutionPath, homeDirectory: home) else { return nil }
            return Import(range: reference.range, path: path)
        }
    }
}
