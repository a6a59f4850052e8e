/// What a render produced: the files, in path order, and the notes that did not stop it.
public struct RenderReport: Sendable, Hashable {
    public var files: [RenderedFile]
    public var notes: [RenderNote]

    public init(files: [RenderedFile], notes: [RenderNote] = []) {
        self.files = files
        self.notes = notes
    }
}
