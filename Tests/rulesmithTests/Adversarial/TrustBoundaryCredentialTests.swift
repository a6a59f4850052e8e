// A hostile pull request (a `.rulesmith.lock` or `.rulesmith.yml` naming the attacker's server) or a
// hostile sync manifest must not make rulesmith hand over `RULESMITH_GIT_TOKEN`: each row runs the
// built binary, with the token in its environment, against servers on loopback that record every
// Authorization header they receive (plain http, https with a certificate trusted through
// SSL_CERT_FILE, and an https server that redirects to another host). The https rows are skipped
// without the openssl tool.

import Foundation
import RulesmithTestSupport
import Testing

@Suite(.serialized)
struct TrustBoundaryCredentialTests {
    static let token = "ci-secret-token"
    static let authorization = "Basic " + Data("x-access-token:\(token)".utf8).base64EncodedString()

    /// A repository after `init --yes` with its own registry and home, and the servers of one row.
    final class Fixture {
        let root: String
        let repo: String
        let certificate: TestCertificate?
        private var servers: [CredentialProbeServer] = []

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-trust-\(UUID().uuidString)").path
            repo = root + "/repo"
            try FileManager.default.createDirectory(atPath: repo, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: root + "/home", withIntermediateDirectories: true)
            certificate = try TestCertificate.make(in: root)
            try git("init", "-q", "-b", "main")
            try Data("{\"name\": \"app\"}\n".utf8).write(to: URL(fileURLWithPath: repo + "/package.json"))
            try git("add", "-A")
            try git("commit", "-q", "-m", "initial")
            let initialised = try run(["init", "--yes"])
            guard initialised.status == 0 else { throw ProbeFailure("init failed: \(initialised.stderr)") }
        }

        deinit {
            for server in servers { server.stop() }
            try? FileManager.default.removeItem(atPath: root)
        }

        /// The environment of every run: this fixture's registry and home, the CI token, the test
        /// certificate trusted, no trusted hosts unless `extra` lists them.
        func environment(_ extra: [String: String] = [:]) -> [String: String] {
            var env = GitTestEnvironment.isolated(
                home: root + "/home", name: "Trust Test", email: "trust@example.com",
                dropping: ["RULESMITH_", "SSL_CERT_", "SSH_AUTH_SOCK"])
            env["RULESMITH_REGISTRY"] = root + "/registry.sqlite"
            env["RULESMITH_GIT_TOKEN"] = TrustBoundaryCredentialTests.token
            if let certificate { env["SSL_CERT_FILE"] = certificate.certificate }
            for (key, value) in extra { env[key] = value }
            return env
        }

        func run(_ arguments: [String], _ extra: [String: String] = [:]) throws -> Subprocess.Result {
            try Subprocess.run(Rulesmith.executable.path, arguments, in: repo, environment: environment(extra))
        }

        func git(_ arguments: String...) throws {
            let result = try Subprocess.run("/usr/bin/git", arguments, in: repo, environment: environment())
            guard result.status == 0 else { throw ProbeFailure("git \(arguments.joined(separator: " ")): \(result.stderr)") }
        }

        /// A server asking for credentials: https on `host` when a certificate could be made, else nil.
        func https(host: String = "localhost", redirectingTo target: String? = nil) throws -> CredentialProbeServer? {
            guard let certificate else { return nil }
            let server = try CredentialProbeServer(
                in: root, behaviour: target.map { .redirect(to: $0) } ?? .askForCredentials, certificate: certificate, host: host)
            servers.append(server)
            return server
        }

        func http() throws -> CredentialProbeServer {
            let server = try CredentialProbeServer(in: root, behaviour: .askForCredentials)
            servers.append(server)
            return server
        }

        /// Points the lockfile's team source at `url` (at a commit this registry never imported).
        func lockSource(_ url: String) throws {
            let path = repo + "/.rulesmith.lock"
            var lock = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
            var registry = lock["registry"] as! [String: Any]
            registry["source"] = url
            registry["commit"] = String(repeating: "a", count: 40)
            lock["registry"] = registry
            try JSONSerialization.data(withJSONObject: lock, options: [.prettyPrinted, .sortedKeys])
                .write(to: URL(fileURLWithPath: path))
        }

        /// Adds `source: url` to `.rulesmith.yml`'s registry section.
        func configSource(_ url: String) throws {
            let path = repo + "/.rulesmith.yml"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: "registry:\n", with: "registry:\n  source: \(url)\n")
                .write(toFile: path, atomically: true, encoding: .utf8)
        }

        func manifest(_ text: String) throws -> String {
            let path = root + "/rulesmith-sync.yml"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
    }

    private func expectRefused(_ result: Subprocess.Result, mentioning text: String, _ comment: String) {
        #expect(result.status == 2, "\(comment): \(result.stderr)")
        #expect(result.stderr.hasPrefix("rulesmith: ") && result.stderr.filter { $0 == "\n" }.count == 1, "\(comment): \(result.stderr)")
        #expect(result.stderr.contains(text), "\(comment): \(result.stderr)")
    }

    @Test func aLockfileNamingAnUntrustedServerIsRefusedBeforeAnyConnection() throws {
        let fixture = try Fixture()
        var servers = [try fixture.http()]
        if let https = try fixture.https() { servers.append(https) }
        for server in servers {
            try fixture.lockSource(server.baseURL + "/evil.git")
            let port = server.baseURL.split(separator: ":").last!
            let host = server.baseURL.contains("https") ? "localhost" : "127.0.0.1"
            expectRefused(try fixture.run(["check"]), mentioning: "set RULESMITH_GIT_TRUSTED_HOSTS=\(host):\(port)/evil", server.baseURL)
            #expect(server.requests().isEmpty, "\(server.baseURL) was contacted")
        }
        try fixture.lockSource("ssh://git@127.0.0.1:\(servers[0].baseURL.split(separator: ":").last!)/evil.git")
        expectRefused(try fixture.run(["check"]), mentioning: "RULESMITH_GIT_TRUSTED_HOSTS", "ssh")
        #expect(servers[0].requests().isEmpty)
    }

    @Test func aConfigurationNamingAnUntrustedServerIsRefusedByCheckLatest() throws {
        let fixture = try Fixture()
        let server = try fixture.https() ?? fixture.http()
        try fixture.configSource(server.baseURL + "/templates.git")
        expectRefused(try fixture.run(["check", "--latest"]), mentioning: ".rulesmith.yml: registry source", "check --latest")
        #expect(server.requests().isEmpty)
    }

    @Test func aTrustedPlainHTTPServerIsContactedButNeverGetsTheToken() throws {
        let fixture = try Fixture()
        let server = try fixture.http()
        try fixture.lockSource(server.baseURL + "/team.git")
        let port = server.baseURL.split(separator: ":").last!
        let result = try fixture.run(["check"], ["RULESMITH_GIT_TRUSTED_HOSTS": "127.0.0.1:\(port)"])
        expectRefused(result, mentioning: "plain http", "trusted http")
        #expect(!server.requests().isEmpty)
        #expect(server.requests().allSatisfy { $0.authorization == nil })

        let pulled = try fixture.run(["registry", "pull", server.baseURL + "/typed.git"])
        expectRefused(pulled, mentioning: "plain http", "registry pull http")
        #expect(server.requests().allSatisfy { $0.authorization == nil })
    }

    @Test func aTrustedHTTPSServerGetsTheToken() throws {
        let fixture = try Fixture()
        guard let server = try fixture.https() else { return }
        try fixture.lockSource(server.baseURL + "/team/templates.git")
        let port = server.baseURL.split(separator: ":").last!
        // The server refuses every token: the run fails, but the token was offered, and only there.
        let result = try fixture.run(["check"], ["RULESMITH_GIT_TRUSTED_HOSTS": "localhost:\(port)/team"])
        expectRefused(result, mentioning: "refused 3 times", "trusted https")
        #expect(server.requests().contains { $0.authorization == Self.authorization })

        let other = try fixture.run(["check"], ["RULESMITH_GIT_TRUSTED_HOSTS": "localhost:\(port)/other-team"])
        expectRefused(other, mentioning: "add localhost:\(port)/team/templates to RULESMITH_GIT_TRUSTED_HOSTS", "another path")
    }

    @Test func aTrustedServerCannotRedirectTheTokenElsewhere() throws {
        let fixture = try Fixture()
        guard let elsewhere = try fixture.https(host: "127.0.0.1"),
              let trusted = try fixture.https(redirectingTo: elsewhere.baseURL) else { return }
        let port = trusted.baseURL.split(separator: ":").last!
        try fixture.lockSource(trusted.baseURL + "/team.git")
        expectRefused(
            try fixture.run(["check"], ["RULESMITH_GIT_TRUSTED_HOSTS": "localhost:\(port)"]), mentioning: "redirect", "check")
        expectRefused(try fixture.run(["registry", "pull", trusted.baseURL + "/team.git"]), mentioning: "redirect", "registry pull")
        #expect(!trusted.requests().isEmpty)
        #expect(elsewhere.requests().isEmpty)
    }

    @Test func aURLTypedOnTheCommandLineIsTrustedForItsOwnHost() throws {
        let fixture = try Fixture()
        guard let server = try fixture.https() else { return }
        expectRefused(try fixture.run(["registry", "pull", server.baseURL + "/team.git"]), mentioning: "refused 3 times", "typed")
        #expect(server.requests().contains { $0.authorization == Self.authorization })
    }

    @Test func aSyncManifestNamingAnUntrustedServerIsRefusedBeforeAnyConnection() throws {
        let fixture = try Fixture()
        let server = try fixture.https() ?? fixture.http()
        let repository = try fixture.manifest("""
            version: 1
            defaults: {stacks: [base], targets: [agents]}
            repositories:
              - url: \(server.baseURL)/acme/api.git

            """)
        expectRefused(try fixture.run(["sync", repository, "--dry-run"]), mentioning: "RULESMITH_GIT_TRUSTED_HOSTS", "manifest repository")
        let source = try fixture.manifest("""
            version: 1
            registry: {source: \(server.baseURL)/platform/templates.git}
            defaults: {stacks: [base], targets: [agents]}
            repositories:
              - path: repo

            """)
        expectRefused(try fixture.run(["sync", source, "--dry-run"]), mentioning: "registry source", "manifest source")
        #expect(server.requests().isEmpty)
    }

    @Test func aMalformedTrustedHostsValueIsNamed() throws {
        let fixture = try Fixture()
        let server = try fixture.http()
        try fixture.lockSource(server.baseURL + "/team.git")
        let result = try fixture.run(["check"], ["RULESMITH_GIT_TRUSTED_HOSTS": "https://github.com/acme"])
        expectRefused(result, mentioning: "RULESMITH_GIT_TRUSTED_HOSTS: 'https://github.com/acme' is not a host[:port][/path] entry", "bad value")
        #expect(server.requests().isEmpty)
    }
}
