import Glibc

/// Asks the kernel to back a large, not yet touched buffer with transparent huge pages.
enum HugePages {
    private static let size = 2 << 20

    /// Reading a file of several megabytes into fresh memory otherwise takes one page fault per
    /// 4 KB page (each charged, zeroed and mapped on its own); with huge pages it takes one per
    /// 2 MB. Only whole, aligned 2 MB stretches inside the buffer are advised; the kernel ignores
    /// the advice where huge pages are off.
    static func advise(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        guard buffer.count >= 2 * size, let base = buffer.baseAddress else { return }
        let start = (Int(bitPattern: base) + size - 1) & ~(size - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(size - 1)
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(pointer, end - start, MADV_HUGEPAGE)
    }
}
