import CCurlLoader
import Foundation
import RulesmithLint

/// Blocking HTTP GET with a hard deadline, a body size cap and a redirect limit, through libcurl
/// loaded on first use; safe to call from several threads at once.
final class HTTPClient: @unchecked Sendable {
    /// A complete answer.
    struct Response {
        var status: Int
        var body: [UInt8]
        /// The URL answered after redirects.
        var finalURL: String
        var contentType: String?
    }

    /// Why no complete answer came.
    enum Failure: Error {
        case timeout
        case tooLarge(Int64?)
        case redirectLoop
        case transport(String)
    }

    let timeout: Double
    let maxBytes: Int
    let maxRedirects: Int
    private let lock = NSLock()
    /// Idle libcurl handles; each keeps its connections open for the next GET.
    private var idle: [UnsafeMutableRawPointer] = []
    private static let userAgent = "rulesmith/\(RulesmithVersion.current) (llms ctx)"
    private static let accept = "Accept: text/markdown, text/plain;q=0.9, */*;q=0.5"

    init(timeout: Double, maxBytes: Int, maxRedirects: Int) {
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
    }

    /// Nil when fetching can work, else why not (libcurl missing).
    static func unavailability() -> String? {
        rs_http_load().map { String(cString: $0) }
    }

    /// Frees the idle handles.
    func close() {
        lock.withLock {
            for handle in idle { rs_http_handle_free(handle) }
            idle.removeAll()
        }
    }

    /// GETs `url`, waiting at most `seconds` (default the client's timeout) before giving up.
    func get(_ url: String, within seconds: Double? = nil) -> Result<Response, Failure> {
        let limit = min(seconds ?? timeout, timeout)
        guard limit > 0 else { return .failure(.timeout) }
        guard let handle = lock.withLock({ idle.popLast() }) ?? rs_http_handle_new() else {
            return .failure(.transport(Self.unavailability() ?? "libcurl could not make a handle"))
        }
        defer { lock.withLock { idle.append(handle) } }
        var response = rs_http_response()
        defer { rs_http_response_free(&response) }
        let outcome = rs_http_get(
            handle, url, max(1, Int(limit * 1000)), Int64(maxBytes), maxRedirects, Self.userAgent, Self.accept, &response)
        switch outcome {
        case RS_HTTP_ANSWERED:
            let body = response.body.map { [UInt8](UnsafeBufferPointer(start: $0, count: response.body_length)) } ?? []
            return .success(Response(
                status: response.status, body: body, finalURL: response.final_url.map { String(cString: $0) } ?? url,
                contentType: response.content_type.map { String(cString: $0) }))
        case RS_HTTP_TIMEOUT:
            return .failure(.timeout)
        case RS_HTTP_TOO_LARGE:
            return .failure(.tooLarge(response.announced_length > Int64(maxBytes) ? response.announced_length : nil))
        case RS_HTTP_REDIRECT_LOOP:
            return .failure(.redirectLoop)
        default:
            return .failure(.transport(Self.describe(code: response.curl_code, message: Self.text(of: &response.error))))
        }
    }

    /// libcurl's error, in the few words the `<doc>` entry shows.
    private static func describe(code: Int32, message: String) -> String {
        switch code {
        case 1: "unsupported protocol"
        case 6: "host not found"
        case 7: "connection refused"
        case 35, 51, 58, 59, 60, 77, 80, 83, 90, 91: "TLS failed (\(message))"
        case 52, 55, 56: "connection lost"
        default: message
        }
    }

    private static func text<T>(of tuple: inout T) -> String {
        withUnsafeBytes(of: &tuple) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}
