/// What a render produced: the files, in path order, and the notes that did not stop it.
public struct RenderReport: Sendable, Hashable {
    public var files: [RenderedFile]
    public var notes: [RenderNote]
    /// Every variable of the chain with its value and where it came from.
    public var variables: [ResolvedVariable]
    /// What each target's editor loads on every task, and its size.
    public var alwaysOn: [AlwaysOnSize]

    public init(files: [RenderedFile], notes: [RenderNote] = [], variables: [ResolvedVariable] = [], alwaysOn: [AlwaysOnSize] = []) {
        self.files = files
        self.notes = notes
        self.variables = variables
        self.alwaysOn = alwaysOn
    }
}
