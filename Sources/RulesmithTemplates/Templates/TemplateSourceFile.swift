import RulesmithEditors

/// A file as it was found in an import source: what is linted before import, and what refusals name.
public struct TemplateSourceFile: Sendable, Hashable {
    /// Path relative to the import root ('/'-separated).
    public var path: String
    /// The kind the file is linted as.
    public var kind: FileKind
    public var bytes: [UInt8]

    public init(path: String, kind: FileKind, bytes: [UInt8]) {
        self.path = path
        self.kind = kind
        self.bytes = bytes
    }
}
