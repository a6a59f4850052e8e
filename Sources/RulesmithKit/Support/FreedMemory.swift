/// Has glibc's allocator give freed memory back to the system soon, for runs over many files.
enum FreedMemory {
    /// `mallopt`'s parameters (glibc's malloc.h, which the Glibc module leaves out).
    private static let trimThreshold: Int32 = -1
    private static let mmapThreshold: Int32 = -3

    /// By default glibc raises its mmap threshold to the largest block freed so far (up to 32 MB)
    /// and keeps up to twice that free at the top of its heaps: after the first few large
    /// per-file buffers, every later one is carved from the heap and its pages are kept when
    /// freed. Over 10,000 rules files that was ~30 MB of a 104 MB peak, growing with the tree.
    /// Fixed thresholds (which also stop the raising) keep blocks of 128 KB and more in their own
    /// mappings, returned when freed, and trim the heaps past 1 MB free.
    static func returnPromptly() {
        _ = mallopt(mmapThreshold, 128 << 10)
        _ = mallopt(trimThreshold, 1 << 20)
    }
}

@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
