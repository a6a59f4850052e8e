import RulesmithText

/// Resolves the URLs of an llms.txt: absolute `http(s)` URLs as they are, relative ones against
/// a base URL when one is given, else against the llms.txt's folder, confined to a folder tree.
public struct LinkResolver: Sendable {
    /// Absolute folder holding the llms.txt; relative paths resolve against it.
    public var directory: String?
    /// Absolute folder local reads must stay inside; `/`-rooted paths resolve against it.
    public var root: String?
    /// Base URL for relative links; when set, relative links become web URLs.
    public var baseURL: URLReference?

    /// - Parameters:
    ///   - directory: the llms.txt's folder (absolute), or nil when it has none (standard input).
    ///   - root: the folder tree local links may read; defaults to `directory`.
    ///   - baseURL: an absolute `http(s)` URL; relative links resolve against it instead.
    public init(directory: String?, root: String? = nil, baseURL: String? = nil) {
        self.directory = directory.map(Self.clean)
        self.root = (root ?? directory).map(Self.clean)
        self.baseURL = baseURL.map(URLReference.init)
    }

    /// A relative path with no `.` or `..` segment, no empty segment and no leading or trailing
    /// `/`, which normalisation would leave unchanged.
    static func isPlain(_ path: String) -> Bool {
        var previous: UInt8 = 0x2F
        var dotsInSegment = 0
        var segmentLength = 0
        for byte in path.utf8 {
            if byte == 0x2F {
                if previous == 0x2F || dotsInSegment == segmentLength { return false }
                dotsInSegment = 0
                segmentLength = 0
            } else {
                segmentLength += 1
                if byte == 0x2E { dotsInSegment += 1 }
            }
            previous = byte
        }
        return segmentLength > 0 && dotsInSegment != segmentLength
    }

    private static func clean(_ path: String) -> String {
        "/" + PathSyntax.normalize(path)
    }

    public func resolve(_ written: String) -> ResolvedLink {
        ResolvedLink(written: written, target: target(written))
    }

    private func target(_ written: String) -> ResolvedLink.Target {
        let trimmed = String(written.trimmingWhitespace)
        guard !trimmed.isEmpty else { return .unusable(DocumentFailure(.notFound, "the link has no URL")) }
        var reference = URLReference(trimmed)
        reference.fragment = nil
        if let scheme = reference.scheme {
            guard reference.isWeb else {
                return .unusable(DocumentFailure(.unsupportedScheme, "'\(scheme):' links are not read; only http(s) URLs and local paths are"))
            }
            guard let authority = reference.authority, !authority.isEmpty else {
                return .unusable(DocumentFailure(.unsupportedScheme, "'\(trimmed)' has no host"))
            }
            return .web(URLReference.percentEncodedUnsafe(reference.text))
        }
        if let baseURL {
            let resolved = reference.resolved(against: baseURL)
            return .web(URLReference.percentEncodedUnsafe(resolved.text))
        }
        if reference.authority != nil {
            return .unusable(DocumentFailure(.unsupportedScheme, "'\(trimmed)' is scheme-relative; give \(option: .baseURL) to read it"))
        }
        guard let directory, let root else {
            return .unusable(DocumentFailure(.unsupportedScheme, "'\(trimmed)' is relative and there is no folder or \(option: .baseURL) to resolve it against"))
        }
        guard let decoded = URLReference.percentDecoded(reference.path) else {
            return .unusable(DocumentFailure(.readError, "'\(trimmed)' decodes to a path that is not UTF-8"))
        }
        let joined = decoded.hasPrefix("/") ? root + decoded : directory + "/" + decoded
        // Most links are plain relative paths; normalising them (a split and a join) is the
        // costliest step of planning a large file, so only paths that need it pay for it.
        let normalized = directory != "/" && Self.isPlain(decoded) ? String(joined.dropFirst()) : PathSyntax.normalize(joined)
        let path = "/" + normalized
        guard !normalized.hasPrefix(".."), path == root || path.hasPrefix(root == "/" ? "/" : root + "/") else {
            return .unusable(DocumentFailure(.outsideRoot, "'\(trimmed)' leads outside \(root); give \(option: .root) to allow a wider folder"))
        }
        let isFolder = decoded.isEmpty || decoded.hasSuffix("/")
        return .file(isFolder && path != "/" ? path + "/" : path)
    }
}
