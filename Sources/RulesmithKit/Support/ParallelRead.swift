import Foundation
import RulesmithText

/// Reads the first bytes of a large file on every core, one `pread` per part of the buffer.
///
/// Reading 100 MB into fresh memory is mostly the kernel zeroing each new page as the copy first
/// touches it (a seventh of a 100 MB lint's CPU), and one core did all of it while the other
/// waited: parts written from several threads are zeroed and copied side by side.
enum ParallelRead {
    /// Below this the threads cost more than they save.
    static let threshold = 16 << 20

    /// What a parallel fill found.
    enum Outcome: Equatable {
        /// `buffer[0..<size]` holds the file's first `size` bytes; the file offset is at `size`.
        case complete
        /// A part came back short (the file shrank meanwhile): nothing may be assumed about the
        /// buffer; the file offset is unchanged at 0.
        case short
        case failed(errno: Int32)
    }

    static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, size: Int, from descriptor: Int32) -> Outcome {
        precondition(size <= buffer.count)
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        // Parts start on 2 MB boundaries, so no huge page is shared by two threads.
        let stride = ((size / parts) + (2 << 20) - 1) & ~((2 << 20) - 1)
        let base = Int(bitPattern: buffer.baseAddress)
        let outcomes = WorkerPool.map(parts) { part -> Outcome in
            let start = min(size, part * stride)
            let end = part == parts - 1 ? size : min(size, start + stride)
            return readPart(into: base, start..<end, from: descriptor)
        }
        if let failure = outcomes.first(where: { $0 != .complete }) { return failure }
        guard lseek(descriptor, off_t(size), SEEK_SET) == off_t(size) else { return .failed(errno: errno) }
        return .complete
    }

    private static func readPart(into base: Int, _ range: Range<Int>, from descriptor: Int32) -> Outcome {
        var offset = range.lowerBound
        while offset < range.upperBound {
            let pointer = UnsafeMutableRawPointer(bitPattern: base + offset)!
            let count = pread(descriptor, pointer, range.upperBound - offset, off_t(offset))
            if count < 0 {
                if errno == EINTR { continue }
                return .failed(errno: errno)
            }
            if count == 0 { return .short }
            offset += count
        }
        return .complete
    }
}
