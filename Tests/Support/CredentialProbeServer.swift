import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A git-shaped HTTP or HTTPS server on loopback that records the `Authorization` header of every
/// request it gets: the witness for "this credential never reached that server". It either asks
/// for credentials (401, Basic) on every request, or redirects every request to another server.
public final class CredentialProbeServer: @unchecked Sendable {
    /// What the server answers.
    public enum Behaviour: Sendable {
        /// 401 with `WWW-Authenticate: Basic`, whatever the request carries.
        case askForCredentials
        /// 302 to `base` followed by the request's own path and query.
        case redirect(to: String)
    }

    /// One request as the server saw it.
    public struct Request: Sendable, Equatable {
        public var path: String
        /// The header's value, nil when the request had none.
        public var authorization: String?
    }

    /// `http://127.0.0.1:PORT` or `https://HOST:PORT` (`HOST` as given, resolving to loopback).
    public let baseURL: String
    private let process: Process
    private let log: String

    /// Starts the server; with `certificate` it speaks TLS and `host` must be a name the
    /// certificate covers.
    public init(in folder: String, behaviour: Behaviour, certificate: TestCertificate? = nil, host: String = "127.0.0.1") throws {
        let id = UUID().uuidString
        let script = folder + "/probe-\(id).py"
        let portFile = folder + "/probe-\(id).port"
        log = folder + "/probe-\(id).log"
        try Self.script.write(toFile: script, atomically: true, encoding: .utf8)
        FileManager.default.createFile(atPath: log, contents: Data())
        var arguments = [script, portFile, log]
        switch behaviour {
        case .askForCredentials: arguments += ["auth", "-"]
        case .redirect(let base): arguments += ["redirect", base]
        }
        if let certificate { arguments += [certificate.certificate, certificate.key] }
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-u"] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var port: String?
        for _ in 0..<400 {
            if let text = try? String(contentsOfFile: portFile, encoding: .utf8), text.hasSuffix("\n") {
                port = String(text.dropLast())
                break
            }
            if !process.isRunning { break }
            usleep(25_000)
        }
        guard let port else {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            throw ProbeFailure("the probe server did not start")
        }
        baseURL = (certificate == nil ? "http://" : "https://") + host + ":" + port
    }

    deinit { stop() }

    /// Every request so far, in order.
    public func requests() -> [Request] {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let path = object["path"] as? String else { return nil }
            return Request(path: path, authorization: object["authorization"] as? String)
        }
    }

    /// Kills the server (SIGKILL: SIGTERM may be ignored when inherited so).
    public func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    private static let script = """
        import http.server, json, ssl, sys
        port_file, log_file, mode, target = sys.argv[1:5]
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                with open(log_file, "a") as log:
                    log.write(json.dumps({"path": self.path, "authorization": self.headers.get("Authorization")}) + "\\n")
                if mode == "redirect":
                    self.send_response(302)
                    self.send_header("Location", target + self.path)
                else:
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Basic realm="probe"')
                self.send_header("Content-Length", "0")
                self.end_headers()
            do_POST = do_GET
            def log_message(self, *args):
                pass
        server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        if len(sys.argv) > 6:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(sys.argv[5], sys.argv[6])
            server.socket = context.wrap_socket(server.socket, server_side=True)
        with open(port_file + ".tmp", "w") as out:
            out.write("%d\\n" % server.server_address[1])
        import os
        os.rename(port_file + ".tmp", port_file)
        server.serve_forever()

        """
}

/// A self-signed certificate for `localhost` (also naming `127.0.0.1`), made with the openssl
/// tool, which a test hands to rulesmith through `SSL_CERT_FILE`.
public struct TestCertificate: Sendable {
    public let certificate: String
    public let key: String

    /// Nil when the openssl tool is missing (the caller skips what needs TLS).
    public static func make(in folder: String) throws -> TestCertificate? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl") else { return nil }
        let certificate = folder + "/probe-cert.pem", key = folder + "/probe-key.pem"
        let result = try Subprocess.run("/usr/bin/openssl", [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", key, "-out", certificate, "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,DNS:127.0.0.1",
        ])
        guard result.status == 0 else { throw ProbeFailure("openssl req failed: \(result.stderr)") }
        return TestCertificate(certificate: certificate, key: key)
    }
}

/// A probe server or certificate could not be set up.
public struct ProbeFailure: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
