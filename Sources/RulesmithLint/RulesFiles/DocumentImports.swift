import RulesmithEditors
import RulesmithText

/// The `@imports` of a Claude Code or Gemini CLI file (none for other kinds), computed once.
public struct DocumentImports: ShareableAnalysis {
    /// Kinds whose editor follows `@path` imports.
    public static let importingKinds: Set<FileKind> = [.claudeMd, .claudeLocal, .claudeRule, .geminiMd]

    public let imports: [ImportReference]

    public init(_ document: LintDocument) {
        guard Self.importingKinds.contains(document.kind), document.analysis(TextIntegrity.self).isText else {
            imports = []
            return
        }
        imports = ImportScanner.imports(
            in: document.source, markdown: document.analysis(MarkdownDocument.self),
            bodyStart: document.analysis(Frontmatter.self).bodyStart)
    }
}
