/// Where a link of an llms.txt leads once resolved: a local file, a web URL, or nowhere usable.
public struct ResolvedLink: Sendable, Hashable {
    /// The place to read.
    public enum Target: Sendable, Hashable {
        /// An absolute local path, inside the allowed folder tree (symlinks not yet checked).
        case file(String)
        /// An absolute `http` or `https` URL without its fragment.
        case web(String)
        /// Nothing can be read; the failure says why.
        case unusable(DocumentFailure)
    }

    /// The URL as written in the llms.txt.
    public var written: String
    public var target: Target

    public init(written: String, target: Target) {
        self.written = written
        self.target = target
    }

}
