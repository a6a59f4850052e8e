import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 server on 127.0.0.1 for tests: one thread per connection, one request per
/// connection, answers from a closure. Stops when `stop()` is called; every delay it is asked for
/// is cut short by then, so no test leaves it running.
final class LoopbackServer: @unchecked Sendable {
    /// What to answer.
    struct Reply {
        var status = 200
        var headers: [(String, String)] = [("Content-Type", "text/markdown; charset=utf-8")]
        var body: [UInt8] = []
        /// Seconds to wait before answering (bounded by `stop()`).
        var delay: Double = 0
        /// Send no Content-Length and end the body by closing the connection.
        var streamed = false

        static func text(_ text: String, status: Int = 200, type: String = "text/markdown; charset=utf-8") -> Reply {
            Reply(status: status, headers: [("Content-Type", type)], body: Array(text.utf8))
        }
    }

    let port: UInt16
    private let socketDescriptor: Int32
    private let handler: @Sendable (String) -> Reply
    private let lock = NSLock()
    private var stopped = false
    private var paths: [String] = []

    /// Starts listening; `handler` gets the request path (query included, not decoded).
    init(_ handler: @escaping @Sendable (String) -> Reply) throws {
        self.handler = handler
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 128) == 0 else {
            close(descriptor)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        socketDescriptor = descriptor
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    var baseURL: String { "http://127.0.0.1:\(port)/" }

    /// Request paths seen so far, in arrival order.
    var requests: [String] { lock.withLock { paths } }

    var isStopped: Bool { lock.withLock { stopped } }

    func stop() {
        let first: Bool = lock.withLock {
            defer { stopped = true }
            return !stopped
        }
        if first {
            shutdown(socketDescriptor, Int32(SHUT_RDWR))
            close(socketDescriptor)
        }
    }

    private func acceptLoop() {
        while !isStopped {
            let connection = accept(socketDescriptor, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                return
            }
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.ends(with: [13, 10, 13, 10]) && request.count < 65536 {
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return }
            request += buffer[0..<count]
            if let end = request.firstRange(of: [13, 10, 13, 10]) { request = Array(request[..<end.upperBound]) }
        }
        let line = String(decoding: request.prefix { $0 != 13 }, as: UTF8.self)
        let parts = line.split(separator: " ")
        guard parts.count >= 2 else { return }
        let path = String(parts[1])
        lock.withLock { paths.append(path) }
        let reply = handler(path)
        var waited = 0.0
        while waited < reply.delay && !isStopped {
            usleep(20_000)
            waited += 0.02
        }
        var head = "HTTP/1.1 \(reply.status) \(Self.reason(reply.status))\r\nConnection: close\r\n"
        for (name, value) in reply.headers { head += "\(name): \(value)\r\n" }
        if !reply.streamed { head += "Content-Length: \(reply.body.count)\r\n" }
        head += "\r\n"
        send(connection, Array(head.utf8))
        var offset = 0
        while offset < reply.body.count && !isStopped {
            let end = min(reply.body.count, offset + 16384)
            guard send(connection, Array(reply.body[offset..<end])) else { return }
            offset = end
        }
    }

    @discardableResult
    private func send(_ connection: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.send(connection, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if written <= 0 { return false }
            offset += written
        }
        return true
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 302: "Found"
        case 404: "Not Found"
        case 500: "Internal Server Error"
        default: "Status"
        }
    }

    /// A port on 127.0.0.1 that refuses connections: bound but never listening, so no other
    /// test can take it while `body` runs.
    static func withRefusingPort<T>(_ body: (UInt16) throws -> T) throws -> T {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRINUSE) }
        return try body(UInt16(bigEndian: address.sin_port))
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
