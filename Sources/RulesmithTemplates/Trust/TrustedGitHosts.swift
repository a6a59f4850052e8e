import RulesmithText

// Which git servers rulesmith trusts. The list comes from the environment (the CI or the operator),
// never from a repository: a pull request can edit `.rulesmith.yml`, `.rulesmith.lock` or a sync
// manifest, but not the variables its CI job runs with. Trust decides two things:
//
// - credentials (`RULESMITH_GIT_TOKEN`, `RULESMITH_SSH_KEY`, the ssh agent) are offered only over
//   https or ssh, and only to a trusted URL;
// - a git server named in a file is contacted only when it is trusted. A URL typed on the command
//   line is trusted for its own host: the user chose it.

/// The trusted git servers: entries of `RULESMITH_GIT_TRUSTED_HOSTS` (`host[:port][/path]`, comma-separated).
public struct TrustedGitHosts: Sendable, Equatable {
    /// The environment variable that lists the trusted servers.
    public static let variable = "RULESMITH_GIT_TRUSTED_HOSTS"

    /// One trusted server, or one path on it.
    public struct Entry: Sendable, Equatable, CustomStringConvertible {
        public var host: String
        /// Nil: any port.
        public var port: String?
        /// Leading path segments a URL must start with; empty: the whole host.
        public var path: [String]

        public var description: String {
            (port.map { host + ":" + $0 } ?? host) + (path.isEmpty ? "" : "/" + path.joined(separator: "/"))
        }

        func matches(_ address: GitRemoteAddress) -> Bool {
            guard address.transport.isNetwork, address.host == host, port == nil || port == address.port else { return false }
            guard !path.isEmpty else { return true }
            guard let segments = address.segments, segments.count >= path.count else { return false }
            return Array(segments.prefix(path.count)) == path
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// Reads `RULESMITH_GIT_TRUSTED_HOSTS` from `environment`; unset or empty trusts nothing.
    public init(environment: [String: String]) throws(GitTrustError) {
        try self.init(parsing: environment[Self.variable] ?? "")
    }

    /// Parses a comma-separated list of `host[:port][/path]` entries (spaces around them ignored).
    public init(parsing value: String) throws(GitTrustError) {
        var entries: [Entry] = []
        for raw in value.split(separator: ",") {
            let text = String(raw.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            if text.isEmpty { continue }
            guard let entry = Self.entry(text) else {
                throw GitTrustError("\(Self.variable): '\(PrintableMessage.make(text))' is not a host[:port][/path] entry (for example git.example.com or git.example.com/platform)")
            }
            entries.append(entry)
        }
        self.entries = entries
    }

    private static func entry(_ text: String) -> Entry? {
        guard !text.contains("://"), !text.contains("@") else { return nil }
        let slash = text.firstIndex(of: "/") ?? text.endIndex
        // The entry's host part is read as an https URL's would be, so both sides agree on it.
        guard let address = GitRemoteAddress.parse("https://" + text[..<slash]), address.segments == [] else { return nil }
        guard let path = GitRemoteAddress.comparableSegments(text[slash...]) else { return nil }
        return Entry(host: address.host, port: address.port, path: path)
    }

    /// These entries and the host (and port) of `url`, which the user typed on the command line.
    public func trusting(commandLineURL url: String) -> TrustedGitHosts {
        guard let address = GitRemoteAddress.parse(url), address.transport.isNetwork else { return self }
        var copy = self
        copy.entries.append(Entry(host: address.host, port: address.port, path: []))
        return copy
    }

    /// Whether `url` is a network URL that an entry covers.
    public func trusts(_ url: String) -> Bool {
        guard let address = GitRemoteAddress.parse(url) else { return false }
        return entries.contains { $0.matches(address) }
    }

    /// Nil when credentials may be offered to `url`; otherwise why not, in one line that says how
    /// to allow it where that is possible.
    public func credentialRefusal(for url: String) -> String? {
        guard let address = GitRemoteAddress.parse(url), address.transport.isNetwork else {
            return "rulesmith offers credentials only to an https or ssh URL it can read; '\(Self.shown(url))' is not one"
        }
        guard address.transport.isEncrypted else {
            return "rulesmith never sends credentials over \(address.transport == .http ? "plain http" : "git://") (\(Self.shown(url))); use an https or ssh URL"
        }
        guard entries.contains(where: { $0.matches(address) }) else {
            return "credentials go only to git servers listed in \(Self.variable), and \(address.hostAndPort) is not; \(howToTrust(address))"
        }
        return nil
    }

    /// Nil when the git server that `url` names in `file` may be contacted: a local path,
    /// `file://`, or a trusted server. Otherwise the error, saying how to trust it.
    public func sourceRefusal(_ url: String, what: String, namedIn file: String) -> String? {
        guard let address = GitRemoteAddress.parse(url) else {
            return "\(file): \(Self.shown(what)) '\(Self.shown(url))' is not a git URL or path rulesmith can read (https://, ssh://, user@host:path, file:// or a path); refusing to contact it"
        }
        guard address.transport.isNetwork, !entries.contains(where: { $0.matches(address) }) else { return nil }
        return "\(file): \(Self.shown(what)) '\(Self.shown(url))' is on a git server the environment does not trust; "
            + "rulesmith contacts a server named in a file only when \(Self.variable) lists it: \(howToTrust(address))"
    }

    /// The entry that would trust `address`, and where to put it.
    func howToTrust(_ address: GitRemoteAddress) -> String {
        var entry = address.hostAndPort
        if let segments = address.segments, !segments.isEmpty { entry += "/" + segments.joined(separator: "/") }
        let shownEntry = Self.shown(entry)
        return entries.isEmpty
            ? "to trust it, set \(Self.variable)=\(shownEntry)"
            : "to trust it, add \(shownEntry) to \(Self.variable) (comma-separated)"
    }

    /// `text` as one printable line, for messages that quote a URL from a file.
    static func shown(_ text: String) -> String { PrintableMessage.make(text) }
}

/// A problem with the trusted-hosts setting or with a URL judged against it (one line).
public struct GitTrustError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
