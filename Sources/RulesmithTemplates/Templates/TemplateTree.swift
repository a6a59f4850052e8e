/// A folder of template files held in memory: path relative to the folder → exact bytes.
/// Kit reads one from disk (or a git checkout); export produces one to write.
public struct TemplateTree: Sendable, Hashable {
    /// The folder's own name; names the stack when the folder is a single stack.
    public var rootName: String
    public var files: [String: [UInt8]]
    /// The paths of `files` that are executable (a skill's scripts keep their mode).
    public var executables: Set<String>

    public init(rootName: String, files: [String: [UInt8]], executables: Set<String> = []) {
        self.rootName = rootName
        self.files = files
        self.executables = executables
    }

    /// Paths in byte order, so parsing and exporting are deterministic.
    public var sortedPaths: [String] { files.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) } }
}

/// What a template tree holds once parsed: stacks, the index, and other files kept for export.
public struct TemplateSet: Sendable, Hashable {
    public var stacks: [TemplateStack]
    /// The parsed `Registry/index.yml`, when the tree has one.
    public var index: RegistryIndex?
    /// Files outside stack folders that export writes back (`Templates/README.md`, `Registry/index.yml`).
    public var documents: [String: [UInt8]]
    public var format: TemplateFormat

    public init(stacks: [TemplateStack], index: RegistryIndex? = nil, documents: [String: [UInt8]] = [:], format: TemplateFormat) {
        self.stacks = stacks
        self.index = index
        self.documents = documents
        self.format = format
    }
}
