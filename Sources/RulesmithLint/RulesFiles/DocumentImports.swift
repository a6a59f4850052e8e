import Foundation
import RulesmithEditors
import RulesmithText

/// The `@imports` of a Claude Code or Gemini CLI file (none for other kinds), computed once.
public struct DocumentImports: ShareableAnalysis {
    /// Kinds whose editor follows `@path` imports.
    public static let importingKinds: Set<FileKind> = [.claudeMd, .claudeLocal, .claudeRule, .geminiMd]

    public let imports: [ImportReference]

    public init(_ document: LintDocument) {
        // Every import starts at an `@`: a text without one (most of a monorepo's CLAUDE.md files,
        // which `hook run` reads to find who imports a staged file) has none, found by one memchr
        // instead of a Markdown scan.
        guard Self.importingKinds.contains(document.kind), Self.mayHoldImports(document.source.bytes),
              document.analysis(TextIntegrity.self).isText else {
            imports = []
            return
        }
        imports = ImportScanner.imports(
            in: document.source, markdown: document.analysis(MarkdownDocument.self),
            bodyStart: document.analysis(Frontmatter.self).bodyStart)
    }

    /// Whether `bytes` hold an `@`, where an import starts (`ImportScanner`).
    static func mayHoldImports(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
            return memchr(base, 0x40, buffer.count) != nil
        }
    }
}
