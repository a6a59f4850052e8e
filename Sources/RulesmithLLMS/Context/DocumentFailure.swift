/// Why a linked document could not be put into the context; written as the `<doc>`'s `error`.
public struct DocumentFailure: Error, Sendable, Hashable {
    /// The kind of failure, named as it appears in the `error` attribute.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// HTTP 404 or 410, or no such local file.
        case notFound = "not-found"
        /// No complete answer within the per-document timeout.
        case timeout
        /// Larger than the size cap.
        case tooLarge = "too-large"
        /// More redirects than the limit (a loop, or a very long chain).
        case redirectLoop = "redirect-loop"
        /// Not `http(s)` and not a local path (`mailto:`, `ftp:`, a scheme-relative URL without a base…).
        case unsupportedScheme = "unsupported-scheme"
        /// The body is not UTF-8 text.
        case notUTF8 = "not-utf8"
        /// The file or the connection failed in another way (permission, a folder, refused, DNS…).
        case readError = "read-error"
        /// An HTTP status other than success, 404 and 410.
        case httpError = "http-error"
        /// An `http(s)` link while fetching is off (no `--fetch`).
        case fetchDisabled = "fetch-off"
        /// A local path outside the folder tree the run may read, or reached through a symlink out of it.
        case outsideRoot = "outside-root"
    }

    public var kind: Kind
    /// One line for the reader: what failed and where, with no trailing period.
    public var message: String
    /// The HTTP status, when a server answered.
    public var status: Int?

    public init(_ kind: Kind, _ message: String, status: Int? = nil) {
        self.kind = kind
        self.message = message
        self.status = status
    }
}

/// What fetching one linked document gave: its bytes, or why there are none.
public enum DocumentResult: Sendable, Hashable {
    /// The document's bytes (checked for UTF-8 by the expander) and, when it differs from the
    /// link, the URL or path actually read (a `.md` variant, a redirect target, an index file).
    case document([UInt8], fetchedFrom: String?)
    case failure(DocumentFailure)
}
