import RulesmithEditors
import RulesmithText

/// A file to lint whose bytes are read only when the engine gets to it, so a run over thousands
/// of files holds the files being linted, not all of them (`Linter.lint(_:finished:)`).
public struct PendingDocument: Sendable {
    public let path: String
    public let displayPath: String
    public let kind: FileKind
    public let options: LintOptions
    public let workspace: (any WorkspaceReader)?
    public let repository: RepositoryContext?
    public let linkTarget: String?
    /// The file's bytes; nil when they cannot be read (the caller records why and fails the run).
    public let read: @Sendable () -> [UInt8]?

    public init(
        path: String, kind: FileKind, options: LintOptions, workspace: (any WorkspaceReader)?, displayPath: String,
        repository: RepositoryContext?, linkTarget: String?, read: @escaping @Sendable () -> [UInt8]?
    ) {
        self.path = path
        self.kind = kind
        self.options = options
        self.workspace = workspace
        self.displayPath = displayPath
        self.repository = repository
        self.linkTarget = linkTarget
        self.read = read
    }

    /// The document, with its text read, or with an empty text where only its path and kind
    /// matter (a rule comparing documents that does not read its kind).
    func document(withText: Bool) -> LintDocument {
        LintDocument(
            path: path, kind: kind, source: SourceText(bytes: withText ? read() ?? [] : []), options: options,
            workspace: workspace, displayPath: displayPath, repository: repository, linkTarget: linkTarget)
    }
}
