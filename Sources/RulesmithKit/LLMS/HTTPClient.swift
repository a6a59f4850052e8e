import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Blocking HTTP GET with a hard deadline, a body size cap and a redirect limit, on one shared
/// `URLSession`; safe to call from several threads at once.
final class HTTPClient: NSObject, URLSessionDataDelegate, @unchecked Sendable {
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

    private final class TaskState {
        var body: [UInt8] = []
        var response: HTTPURLResponse?
        var redirects = 0
        var failure: Failure?
        let done = DispatchSemaphore(value: 0)
    }

    let timeout: Double
    let maxBytes: Int
    let maxRedirects: Int
    private let lock = NSLock()
    private var states: [Int: TaskState] = [:]
    private var session: URLSession?

    init(timeout: Double, maxBytes: Int, maxRedirects: Int, connections: Int) {
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.httpMaximumConnectionsPerHost = max(1, connections)
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpAdditionalHeaders = [
            "User-Agent": "rulesmith/\(RulesmithVersion.current) (llms ctx)",
            "Accept": "text/markdown, text/plain;q=0.9, */*;q=0.5",
        ]
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        session = URLSession(configuration: configuration, delegate: self, delegateQueue: queue)
    }

    /// Ends the session (it holds this object strongly until then).
    func close() {
        session?.invalidateAndCancel()
        session = nil
    }

    /// GETs `url`, waiting at most `seconds` (default the client's timeout) before giving up.
    func get(_ url: String, within seconds: Double? = nil) -> Result<Response, Failure> {
        let limit = min(seconds ?? timeout, timeout)
        guard limit > 0 else { return .failure(.timeout) }
        guard let address = URL(string: url), let session else { return .failure(.transport("not a valid URL")) }
        var request = URLRequest(url: address, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: limit)
        request.httpMethod = "GET"
        let task = session.dataTask(with: request)
        let state = TaskState()
        lock.withLock { states[task.taskIdentifier] = state }
        defer { _ = lock.withLock { states.removeValue(forKey: task.taskIdentifier) } }
        task.resume()
        if state.done.wait(timeout: .now() + limit) == .timedOut {
            task.cancel()
            _ = state.done.wait(timeout: .now() + 2)
            return .failure(.timeout)
        }
        return lock.withLock {
            if let failure = state.failure { return .failure(failure) }
            guard let response = state.response else { return .failure(.transport("no response")) }
            return .success(Response(
                status: response.statusCode, body: state.body, finalURL: response.url?.absoluteString ?? url,
                contentType: response.value(forHTTPHeaderField: "Content-Type")))
        }
    }

    private func state(_ task: URLSessionTask) -> TaskState? {
        lock.withLock { states[task.taskIdentifier] }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        guard let state = state(dataTask) else { return completionHandler(.cancel) }
        let http = response as? HTTPURLResponse
        let tooLarge = response.expectedContentLength > Int64(maxBytes)
        lock.withLock {
            state.response = http
            if tooLarge { state.failure = .tooLarge(response.expectedContentLength) }
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let state = state(dataTask) else { return }
        let over: Bool = lock.withLock {
            guard state.failure == nil else { return false }
            if state.body.count + data.count > maxBytes {
                state.failure = .tooLarge(nil)
                return true
            }
            state.body.append(contentsOf: data)
            return false
        }
        if over { dataTask.cancel() }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        guard let state = state(task) else { return completionHandler(nil) }
        let allowed: Bool = lock.withLock {
            state.redirects += 1
            if state.redirects > maxRedirects {
                state.failure = .redirectLoop
                return false
            }
            return true
        }
        if allowed {
            completionHandler(request)
        } else {
            completionHandler(nil)
            task.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let state = state(task) else { return }
        lock.withLock {
            if state.failure == nil, let error {
                let code = (error as? URLError)?.code
                state.failure = code == .timedOut ? .timeout : .transport(Self.describe(error))
            }
            if state.response == nil, state.failure == nil, let response = task.response as? HTTPURLResponse {
                state.response = response
            }
        }
        state.done.signal()
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? URLError else { return String(describing: error) }
        switch error.code {
        case .cannotConnectToHost: return "connection refused"
        case .cannotFindHost, .dnsLookupFailed: return "host not found"
        case .networkConnectionLost: return "connection lost"
        case .notConnectedToInternet: return "no network"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate: return "TLS failed"
        default: return error.localizedDescription
        }
    }
}
