import Foundation
@testable import RulesmithKit
import Testing

/// A file past the parallel-read threshold reads back byte for byte, at sizes that split into
/// parts unevenly, and the limit checks around it still hold.
struct ParallelReadTests {
    private func withFile(_ bytes: [UInt8], _ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-pread-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path + "/llms.txt"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try body(path)
    }

    /// Every byte distinct from its neighbours' pattern, so a part read to the wrong offset shows.
    private func pattern(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
    }

    @Test(arguments: [ParallelRead.threshold, ParallelRead.threshold + 1, ParallelRead.threshold + (3 << 20) + 12_345])
    func aLargeFileReadsBackExactly(size: Int) throws {
        let bytes = pattern(size)
        try withFile(bytes) { path in
            #expect(try FileSystem.read(path) == bytes)
            #expect(try FileSystem.read(path, maximumBytes: size) == .complete(bytes))
            #expect(try FileSystem.read(path, maximumBytes: size - 1) == .tooLarge(size: size))
        }
    }

    @Test func theFillLeavesTheOffsetPastTheFileAndReportsAShorterFileAsShort() throws {
        let size = ParallelRead.threshold + 5
        let bytes = pattern(size)
        try withFile(bytes) { path in
            let descriptor = open(path, O_RDONLY)
            #expect(descriptor >= 0)
            defer { close(descriptor) }
            var buffer = [UInt8](repeating: 0, count: size + 10)
            let complete = buffer.withUnsafeMutableBufferPointer { ParallelRead.fill($0, size: size, from: descriptor) }
            #expect(complete == .complete)
            #expect(Array(buffer[..<size]) == bytes)
            #expect(lseek(descriptor, 0, SEEK_CUR) == off_t(size))
            // Asked for more than the file holds (it shrank after fstat): short, offset untouched.
            _ = lseek(descriptor, 0, SEEK_SET)
            let short = buffer.withUnsafeMutableBufferPointer { ParallelRead.fill($0, size: size + 10, from: descriptor) }
            #expect(short == .short)
            #expect(lseek(descriptor, 0, SEEK_CUR) == 0)
        }
    }
}
