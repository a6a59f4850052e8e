import RulesmithText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error as byte sinks, with TTY and `NO_COLOR` detection.
public struct Terminal: Sendable {
    private let descriptor: Int32

    public static let standardOutput = Terminal(descriptor: 1)
    public static let standardError = Terminal(descriptor: 2)

    /// Whether the stream is an interactive terminal.
    public var isTTY: Bool { isatty(descriptor) == 1 }

    /// Whether colour should be used: a TTY, and `NO_COLOR` unset or empty.
    public var supportsColor: Bool {
        guard isTTY else { return false }
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }

    public func write(_ text: String) {
        // A native string's UTF-8 is written where it lies: a report of megabytes is not copied
        // into an array first.
        var text = text
        text.withUTF8 { write($0) }
    }

    /// Writes rulesmith's own lines of text with every control and bidi character a file or a
    /// template carried shown as `�` (lines end at LF): what reaches a terminal cannot move the
    /// cursor, clear the screen or rewrite a line.
    public func writeText(_ text: String) {
        write(PrintableMessage.lines(text))
    }

    /// Writes one line (a break inside `text` shows as `⏎`), then a line feed.
    public func writeLine(_ text: String) {
        write(PrintableMessage.make(text) + "\n")
    }

    /// Writes a file's content (llms.txt, a context, fixed standard input) byte for byte when
    /// the stream is redirected, and made printable when it is a terminal.
    public func writeContent(_ bytes: [UInt8]) {
        if isTTY {
            write(PrintableMessage.lines(String(decoding: bytes, as: UTF8.self)))
        } else {
            write(bytes)
        }
    }

    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    private func write(_ buffer: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
