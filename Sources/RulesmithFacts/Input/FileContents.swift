/// Gives the engine the text of the files it asks for; the engine never touches a file system.
public protocol FileContents {
    /// The UTF-8 text of `path` (repository-relative), nil when it is missing, too large or not
    /// text. An empty file is `""`.
    func text(of path: String) -> String?
}

/// File contents from a dictionary, for tests and for callers that already hold the texts.
public struct InMemoryContents: FileContents, Sendable {
    public var files: [String: String]

    public init(_ files: [String: String]) {
        self.files = files
    }

    public func text(of path: String) -> String? { files[path] }
}
