/// Evidence that a repository uses a stack: files (paths or globs) and dependency names per manifest.
public struct DetectionHints: Sendable, Hashable, Codable {
    /// Repository-relative paths or globs; a pattern without '/' matches a file name at any depth.
    public var files: [String]
    /// Manifest file name (e.g. `package.json`) → dependency names found in it.
    public var dependencies: [String: [String]]

    public init(files: [String] = [], dependencies: [String: [String]] = [:]) {
        self.files = files
        self.dependencies = dependencies
    }

    public var isEmpty: Bool { files.isEmpty && dependencies.isEmpty }
}
