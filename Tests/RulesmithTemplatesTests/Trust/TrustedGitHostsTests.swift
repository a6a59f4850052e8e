// The decision behind "credentials go only to hosts the environment trusts": how a git URL is read
// (including the shapes meant to look like one host and reach another), how entries of
// RULESMITH_GIT_TRUSTED_HOSTS match, and what the refusals say.

import RulesmithTemplates
import Testing

@Suite struct TrustedGitHostsTests {
    private func hosts(_ value: String) throws(GitTrustError) -> TrustedGitHosts { try TrustedGitHosts(parsing: value) }

    @Test func urlsAreReadAsLibgit2PicksATransport() {
        let cases: [(String, GitRemoteAddress.Transport, String, String?, [String]?)] = [
            ("https://git.example.com/platform/templates.git", .https, "git.example.com", nil, ["platform", "templates"]),
            ("HTTPS://Git.Example.COM:8443/a/b", .https, "git.example.com", "8443", ["a", "b"]),
            ("http://127.0.0.1:8080/evil.git", .http, "127.0.0.1", "8080", ["evil"]),
            ("https://user:token@git.example.com/a.git", .https, "git.example.com", nil, ["a"]),
            ("ssh://git@git.example.com:2222/acme/api.git", .ssh, "git.example.com", "2222", ["acme", "api"]),
            ("git+ssh://git.example.com/acme/api", .ssh, "git.example.com", nil, ["acme", "api"]),
            ("git@github.com:acme/api.git", .ssh, "github.com", nil, ["acme", "api"]),
            ("github.com:acme/api.git", .ssh, "github.com", nil, ["acme", "api"]),
            ("git://127.0.0.1:9418/refused.git", .git, "127.0.0.1", "9418", ["refused"]),
            ("https://[::1]:8443/x.git", .https, "[::1]", "8443", ["x"]),
            ("file:///srv/templates.git", .file, "", nil, ["srv", "templates"]),
            ("/srv/templates", .local, "", nil, ["srv", "templates"]),
            ("../templates", .local, "", nil, nil),
            ("https://git.example.com/a/../b.git", .https, "git.example.com", nil, nil),
            ("https://git.example.com/a%2F..%2Fb.git", .https, "git.example.com", nil, nil),
        ]
        for (url, transport, host, port, segments) in cases {
            let address = GitRemoteAddress.parse(url)
            #expect(address?.transport == transport, "\(url)")
            #expect(address?.host == host, "\(url)")
            #expect(address?.port == port, "\(url)")
            #expect(address?.segments == segments, "\(url)")
        }
    }

    @Test func ambiguousURLsAreNotUnderstood() {
        for url in [
            "https://trusted.example.com@evil.example.com@x/a.git",  // two @: parsers disagree on the host
            "https://trusted.example.com\\@evil.example.com/a.git",  // backslash
            "https://evil.example.com /a.git", "https://evil\u{1B}[2J.example.com/a",
            "ext::sh -c touch% /tmp/pwned", "ftp://example.com/a.git", "https:///a.git", "https://:443/a",
            "https://example.com:44x3/a", "/x/a:b", "./evil.example.com:repo", "",
        ] {
            #expect(GitRemoteAddress.parse(url) == nil, "\(url)")
        }
    }

    @Test func entriesParseAndBadOnesAreNamed() throws {
        let list = try hosts(" git.example.com , github.com/acme ,, localhost:8443/team/templates.git ")
        #expect(list.entries.map(\.description) == ["git.example.com", "github.com/acme", "localhost:8443/team/templates"])
        #expect(try hosts("").entries.isEmpty)
        for bad in ["https://github.com", "user@github.com", "github.com/../x", "host:port", "git hub.com", "github.com/a%2e%2e"] {
            #expect(throws: GitTrustError.self, "\(bad)") { try hosts(bad) }
        }
        do {
            _ = try hosts("github.com,https://evil.example.com")
            Issue.record("a URL is not an entry")
        } catch {
            #expect(error.description == "RULESMITH_GIT_TRUSTED_HOSTS: 'https://evil.example.com' is not a host[:port][/path] entry (for example git.example.com or git.example.com/platform)")
        }
    }

    @Test func entriesMatchHostPortAndWholePathSegments() throws {
        let list = try hosts("github.com/acme,git.example.com:8443,gitlab.example.com")
        let trusted = [
            "https://github.com/acme/api.git", "git@github.com:acme/api.git", "ssh://git@github.com/acme/tools",
            "https://GitHub.com/acme", "https://git.example.com:8443/any/thing.git", "https://gitlab.example.com/x.git",
            "https://gitlab.example.com:9999/x.git",
        ]
        let untrusted = [
            "https://github.com/acme-evil/api.git", "https://github.com/evil/acme.git", "https://github.com/acme/../evil/x.git",
            "https://github.com.evil.example.com/acme/api.git", "https://evilgithub.com/acme/api.git",
            "https://git.example.com/a.git", "https://git.example.com:443/a.git", "/srv/github.com/acme",
            "file:///github.com/acme", "https://github.com@evil.example.com/acme/api.git",
        ]
        for url in trusted { #expect(list.trusts(url), "\(url)") }
        for url in untrusted { #expect(!list.trusts(url), "\(url)") }
    }

    @Test func credentialsGoOnlyOverHTTPSOrSSHToATrustedServer() throws {
        let list = try hosts("git.example.com,127.0.0.1")
        #expect(list.credentialRefusal(for: "https://git.example.com/t.git") == nil)
        #expect(list.credentialRefusal(for: "git@git.example.com:t.git") == nil)
        #expect(list.credentialRefusal(for: "http://127.0.0.1:8080/t.git")?.contains("never sends credentials over plain http") == true)
        #expect(list.credentialRefusal(for: "git://git.example.com/t.git")?.contains("git://") == true)
        #expect(list.credentialRefusal(for: "/srv/t.git") != nil)
        #expect(list.credentialRefusal(for: "https://evil.example.com/t.git")
            == "credentials go only to git servers listed in RULESMITH_GIT_TRUSTED_HOSTS, and evil.example.com is not; to trust it, add evil.example.com/t to RULESMITH_GIT_TRUSTED_HOSTS (comma-separated)")
        #expect(TrustedGitHosts().credentialRefusal(for: "https://git.example.com:8443/platform/t.git")
            == "credentials go only to git servers listed in RULESMITH_GIT_TRUSTED_HOSTS, and git.example.com:8443 is not; to trust it, set RULESMITH_GIT_TRUSTED_HOSTS=git.example.com:8443/platform/t")
    }

    @Test func aTypedURLIsTrustedForItsOwnHostOnly() {
        let list = TrustedGitHosts().trusting(commandLineURL: "https://git.example.com/platform/templates.git")
        #expect(list.credentialRefusal(for: "https://git.example.com/other.git") == nil)
        #expect(list.credentialRefusal(for: "https://evil.example.com/platform/templates.git") != nil)
        #expect(TrustedGitHosts().trusting(commandLineURL: "/srv/templates").entries.isEmpty)
        #expect(TrustedGitHosts().trusting(commandLineURL: "https://a@b@evil.example.com/x").entries.isEmpty)
    }

    @Test func aSourceNamedInAFileNeedsATrustedServer() throws {
        let none = TrustedGitHosts()
        #expect(none.sourceRefusal("/srv/templates", what: "registry source", namedIn: ".rulesmith.lock") == nil)
        #expect(none.sourceRefusal("file:///srv/templates.git", what: "registry source", namedIn: ".rulesmith.lock") == nil)
        #expect(none.sourceRefusal("http://127.0.0.1:8080/evil.git", what: "registry source", namedIn: ".rulesmith.lock")
            == ".rulesmith.lock: registry source 'http://127.0.0.1:8080/evil.git' is on a git server the environment does not trust; "
                + "rulesmith contacts a server named in a file only when RULESMITH_GIT_TRUSTED_HOSTS lists it: to trust it, set RULESMITH_GIT_TRUSTED_HOSTS=127.0.0.1:8080/evil")
        #expect(none.sourceRefusal("ext::sh -c id", what: "registry source", namedIn: ".rulesmith.yml")?.contains("refusing to contact it") == true)
        let hostile = none.sourceRefusal("https://evil.example.com/\u{1B}[2Jx.git", what: "registry source", namedIn: ".rulesmith.lock")
        #expect(hostile?.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } == true)
        #expect(try hosts("evil.example.com").sourceRefusal("https://evil.example.com/t.git", what: "x", namedIn: "f") == nil)
    }
}
