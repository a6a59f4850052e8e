// Who receives a secret, against real servers on loopback that record every Authorization header:
// https with a self-signed certificate (trusted through `Git.useCertificates`), plain http, and an
// https server that redirects to another host. Skipped without the openssl tool.

import Foundation
import RulesmithGit
import RulesmithTestSupport
import Testing

@Suite(.serialized) struct CredentialRecipientTests {
    private let basicWrongToken = "Basic " + Data("user:wrong-token".utf8).base64EncodedString()

    /// A scratch folder with a certificate libgit2 trusts, or nil when openssl is missing.
    private func tlsScratch() throws -> (Scratch, TestCertificate)? {
        let scratch = try Scratch()
        guard let certificate = try TestCertificate.make(in: scratch.path) else { return nil }
        try Git.useCertificates(file: certificate.certificate)
        return (scratch, certificate)
    }

    @Test func retriesAreCappedAndEachCarriesTheSecret() throws {
        guard let (scratch, certificate) = try tlsScratch() else { return }
        let server = try CredentialProbeServer(in: scratch.path, behaviour: .askForCredentials, certificate: certificate, host: "localhost")
        defer { server.stop() }
        do {
            _ = try GitRepository.clone(
                from: server.baseURL + "/repo.git", to: scratch.sub("c"),
                credentials: .userPassword(username: "user", password: "wrong-token"))
            Issue.record("the clone must fail")
        } catch {
            #expect(error.reason == .authentication)
            #expect(error.message.contains("refused 3 times"))
        }
        #expect(server.requests().filter { $0.authorization == basicWrongToken }.count == 3)
    }

    @Test func plainHTTPNeverGetsTheSecret() throws {
        let scratch = try Scratch()
        let server = try CredentialProbeServer(in: scratch.path, behaviour: .askForCredentials)
        defer { server.stop() }
        do {
            _ = try GitRepository.clone(
                from: server.baseURL + "/repo.git", to: scratch.sub("c"),
                credentials: .userPassword(username: "user", password: "wrong-token"))
            Issue.record("the clone must fail")
        } catch {
            #expect(error.reason == .authentication)
            #expect(error.message.contains("unencrypted"), "\(error.message)")
        }
        #expect(!server.requests().isEmpty)
        #expect(server.requests().allSatisfy { $0.authorization == nil })
    }

    @Test func restrictedCredentialsGoOnlyWhereTheRecipientsSay() throws {
        guard let (scratch, certificate) = try tlsScratch() else { return }
        let server = try CredentialProbeServer(in: scratch.path, behaviour: .askForCredentials, certificate: certificate, host: "localhost")
        defer { server.stop() }
        let url = server.baseURL + "/repo.git"
        let asked = Locked<[String]>([])
        let refusing = GitCredentialRecipients { candidate in
            asked.mutate { $0.append(candidate) }
            return "not to \(candidate)"
        }
        do {
            _ = try GitRepository.clone(
                from: url, to: scratch.sub("refused"),
                credentials: .restricted(.userPassword(username: "user", password: "wrong-token"), to: refusing))
            Issue.record("the clone must fail")
        } catch {
            #expect(error.reason == .authentication)
            #expect(error.message.contains("not to \(url)"), "\(error.message)")
        }
        #expect(asked.value == [url])
        #expect(server.requests().allSatisfy { $0.authorization == nil })

        let anyone = GitCredentialRecipients { _ in nil }
        _ = try? GitRepository.clone(
            from: url, to: scratch.sub("accepted"),
            credentials: .restricted(.userPassword(username: "user", password: "wrong-token"), to: anyone))
        #expect(server.requests().contains { $0.authorization == basicWrongToken })
    }

    @Test func aRedirectToAnotherHostIsNotFollowed() throws {
        guard let (scratch, certificate) = try tlsScratch() else { return }
        let elsewhere = try CredentialProbeServer(in: scratch.path, behaviour: .askForCredentials, certificate: certificate, host: "127.0.0.1")
        defer { elsewhere.stop() }
        let trusted = try CredentialProbeServer(
            in: scratch.path, behaviour: .redirect(to: elsewhere.baseURL), certificate: certificate, host: "localhost")
        defer { trusted.stop() }
        for operation in ["clone", "ls-remote"] {
            do {
                let credentials = GitCredentials.userPassword(username: "user", password: "wrong-token")
                if operation == "clone" {
                    _ = try GitRepository.clone(from: trusted.baseURL + "/repo.git", to: scratch.sub("c"), credentials: credentials)
                } else {
                    _ = try GitRepository.lsRemote(url: trusted.baseURL + "/repo.git", credentials: credentials)
                }
                Issue.record("\(operation) must fail")
            } catch {
                #expect(error.message.contains("redirect"), "\(operation): \(error.message)")
            }
        }
        #expect(!trusted.requests().isEmpty)
        #expect(elsewhere.requests().isEmpty)
    }
}

/// A value shared with a `@Sendable` closure.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()

    init(_ value: Value) { stored = value }

    var value: Value { lock.withLock { stored } }

    func mutate(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}
