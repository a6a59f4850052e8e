/// One Markdown file offered to the llms.txt generator: its path from the repository root
/// ('/'-separated, also the link written for it) and its text.
public struct LLMSTxtSourceDocument: Sendable, Hashable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
