/// The base URL under which a hosted repository serves its files raw, from a git remote URL and a
/// branch, so `llms generate` can write absolute links (LT051) without a `base-url` setting.
/// Only hosts whose raw-file URLs are known are answered; credentials in the remote URL are
/// never part of the result.
public enum RemoteBaseURL {
    /// `git@github.com:me/widget.git`, `main` → `https://raw.githubusercontent.com/me/widget/main/`;
    /// nil for a host it does not know, a local path, or a branch that cannot be a URL path.
    public static func base(remote: String, branch: String) -> String? {
        guard let (host, path) = hostAndPath(remote), isPlain(branch) else { return nil }
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 2, parts.allSatisfy(isPlain) else { return nil }
        let repository = parts.joined(separator: "/")
        switch host {
        case "github.com":
            guard parts.count == 2 else { return nil }
            return "https://raw.githubusercontent.com/\(repository)/\(branch)/"
        case "gitlab.com":
            return "https://gitlab.com/\(repository)/-/raw/\(branch)/"
        case "codeberg.org":
            guard parts.count == 2 else { return nil }
            return "https://codeberg.org/\(repository)/raw/branch/\(branch)/"
        case "bitbucket.org":
            guard parts.count == 2 else { return nil }
            return "https://bitbucket.org/\(repository)/raw/\(branch)/"
        default:
            return nil
        }
    }

    /// The lowercased host and the repository path (no `.git`, no slashes around) of
    /// `https://[user@]host[:port]/path`, `ssh://[user@]host[:port]/path` or `[user@]host:path`.
    static func hostAndPath(_ remote: String) -> (String, String)? {
        var rest = Substring(remote)
        var scp = false
        if let scheme = rest.range(of: "://") {
            guard ["https", "http", "ssh", "git", "git+ssh"].contains(rest[..<scheme.lowerBound].lowercased()) else { return nil }
            rest = rest[scheme.upperBound...]
        } else {
            scp = true
        }
        let authorityEnd = scp ? rest.firstIndex(of: ":") : rest.firstIndex(of: "/")
        guard let authorityEnd else { return nil }
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if !scp, let colon = authority.firstIndex(of: ":") { authority = authority[..<colon] }
        var path = rest[rest.index(after: authorityEnd)...]
        while path.hasPrefix("/") { path = path.dropFirst() }
        while path.hasSuffix("/") { path = path.dropLast() }
        if path.hasSuffix(".git") { path = path.dropLast(4) }
        guard !authority.isEmpty, !path.isEmpty, !authority.contains("/") else { return nil }
        return (authority.lowercased(), String(path))
    }

    /// Letters, digits, `-`, `_`, `.` (not `.` or `..` alone): safe in a URL path unescaped.
    private static func isPlain(_ text: String) -> Bool {
        !text.isEmpty && text != "." && text != ".." && text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte == 0x2D || byte == 0x5F || byte == 0x2E
        }
    }
}
