// How rulesmith reads a git remote's URL to decide whom it would contact and with what. The reading
// is deliberately narrower than git's: anything ambiguous (two `@` in the authority, a backslash,
// a control character, an unknown scheme) is "not understood", and the callers treat that as
// untrusted, so a URL cannot look like one host to this check and reach another through libgit2.

/// A git remote's URL taken apart: the transport, the host and port it reaches, and its path.
public struct GitRemoteAddress: Sendable, Equatable {
    /// How the remote is reached.
    public enum Transport: Sendable, Equatable {
        case https, http, ssh, git, file, local

        /// Whether a secret can travel over it without being readable on the way.
        public var isEncrypted: Bool { self == .https || self == .ssh }
        /// Whether it reaches another machine.
        public var isNetwork: Bool { self != .file && self != .local }
    }

    public var transport: Transport
    /// Lowercased host name or `[IPv6]`; empty for `file://` and local paths.
    public var host: String
    /// The port the URL names, nil when it names none.
    public var port: String?
    /// The path's segments without empty ones and without a final `.git`; nil when they cannot be
    /// compared safely (`.`/`..` segments, percent escapes, a query or fragment).
    public var segments: [String]?

    /// `host` or `host:port`, as an entry of the trusted list names it.
    public var hostAndPort: String { port.map { host + ":" + $0 } ?? host }

    /// Parses `url` the way libgit2 picks a transport: `scheme://` prefixes, else an scp-like
    /// `[user@]host:path` when there is a colon, else a local path. Nil when the URL is not
    /// understood (see the file comment).
    public static func parse(_ url: String) -> GitRemoteAddress? {
        guard !url.isEmpty, !url.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F || $0 == "\\" }) else {
            return nil
        }
        if let separator = url.range(of: "://") {
            let scheme = url[..<separator.lowerBound].lowercased()
            let rest = url[separator.upperBound...]
            let transport: Transport
            switch scheme {
            case "https": transport = .https
            case "http": transport = .http
            case "ssh", "ssh+git", "git+ssh": transport = .ssh
            case "git": transport = .git
            case "file": return GitRemoteAddress(transport: .file, host: "", port: nil, segments: comparableSegments(rest))
            default: return nil
            }
            let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
            guard let (host, port) = hostAndPort(authority: rest[..<authorityEnd], portAllowed: true) else { return nil }
            return GitRemoteAddress(transport: transport, host: host, port: port, segments: comparableSegments(rest[authorityEnd...]))
        }
        // libgit2 sends any other URL with a colon to its ssh transport; git treats one whose
        // colon comes after a slash as a path, so those are not understood rather than guessed.
        if let colon = url.firstIndex(of: ":") {
            let authority = url[..<colon]
            guard !authority.contains("/"), !url.hasPrefix("."), let (host, _) = hostAndPort(authority: authority, portAllowed: false) else {
                return nil
            }
            return GitRemoteAddress(transport: .ssh, host: host, port: nil, segments: comparableSegments(url[url.index(after: colon)...]))
        }
        return GitRemoteAddress(transport: .local, host: "", port: nil, segments: comparableSegments(Substring(url)))
    }

    /// The host (lowercased) and port of `[user[:password]@]host[:port]`; nil for an empty or
    /// odd host, two `@`, or a port that is not digits.
    private static func hostAndPort(authority: Substring, portAllowed: Bool) -> (String, String?)? {
        let ats = authority.filter { $0 == "@" }.count
        guard ats <= 1 else { return nil }
        let hostPort = ats == 1 ? authority[authority.index(after: authority.firstIndex(of: "@")!)...] : authority
        var host = hostPort
        var port: Substring?
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else { return nil }
            host = hostPort[...close]
            let after = hostPort[hostPort.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { return nil }
                port = after.dropFirst()
            }
            guard host.dropFirst().dropLast().allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return nil }
        } else {
            if let colon = hostPort.firstIndex(of: ":") {
                host = hostPort[..<colon]
                port = hostPort[hostPort.index(after: colon)...]
            }
            guard host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") }) else { return nil }
        }
        guard !host.isEmpty, host != "[]" else { return nil }
        if let digits = port {
            guard portAllowed, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            if digits.isEmpty { port = nil }
        }
        return (host.lowercased(), port.map(String.init))
    }

    /// A path's segments as an entry of the trusted list is compared with them.
    static func comparableSegments(_ path: Substring) -> [String]? {
        guard !path.contains(where: { $0 == "%" || $0 == "?" || $0 == "#" }) else { return nil }
        var segments = path.split(separator: "/").map(String.init)
        guard !segments.contains(where: { $0 == "." || $0 == ".." }) else { return nil }
        if let last = segments.last, last.hasSuffix(".git") {
            let name = String(last.dropLast(4))
            if name.isEmpty { segments.removeLast() } else { segments[segments.count - 1] = name }
        }
        return segments
    }
}
