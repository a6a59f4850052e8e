/// What a render produced: the files, in path order, and the notes that did not stop it.
public struct RenderReport: Sendable, Hashable {
    public var files: [RenderedFile]
    public var notes: [RenderNote]
    /// Every variable of the chain with its value and where it came from.
    public var variables: [ResolvedVariable]

    public init(files: [RenderedFile], notes: [RenderNote] = [], variables: [ResolvedVariable] = []) {
        self.files = files
        self.notes = notes
        self.variables = variables
    }
}
