import RulesmithText

/// Transcodes UTF-16 or UTF-32 bytes to UTF-8, remembering where each output byte came from.
enum WideTranscoder {
    /// UTF-8 bytes and, for each of them plus one past the end, the raw offset it came from.
    /// Ill-formed units become U+FFFD.
    static func transcode(_ bytes: [UInt8], _ encoding: TextEncoding) -> (utf8: [UInt8], rawOffsets: [Int]) {
        var output: [UInt8] = []
        var offsets: [Int] = []
        output.reserveCapacity(bytes.count / 2)
        offsets.reserveCapacity(bytes.count / 2)
        let start = encoding.bomLength
        func emit(_ value: UInt32, from rawOffset: Int) {
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            for byte in UTF8.encode(scalar)! {
                output.append(byte)
                offsets.append(rawOffset)
            }
        }
        switch encoding {
        case .utf16(let bigEndian, _):
            func unit(_ offset: Int) -> UInt32 {
                bigEndian ? UInt32(bytes[offset]) << 8 | UInt32(bytes[offset + 1])
                    : UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset])
            }
            var index = start
            while index + 1 < bytes.count {
                let first = unit(index)
                if (0xD800...0xDBFF).contains(first), index + 3 < bytes.count {
                    let second = unit(index + 2)
                    if (0xDC00...0xDFFF).contains(second) {
                        emit(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00), from: index)
                        index += 4
                        continue
                    }
                }
                emit((0xD800...0xDFFF).contains(first) ? 0xFFFD : first, from: index)
                index += 2
            }
        case .utf32(let bigEndian, _):
            var index = start
            while index + 3 < bytes.count {
                let value = bigEndian
                    ? UInt32(bytes[index]) << 24 | UInt32(bytes[index + 1]) << 16 | UInt32(bytes[index + 2]) << 8 | UInt32(bytes[index + 3])
                    : UInt32(bytes[index + 3]) << 24 | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index])
                emit(value, from: index)
                index += 4
            }
        case .utf8, .utf8WithBOM:
            return (bytes, Array(0...bytes.count))
        }
        offsets.append(bytes.count)
        return (output, offsets)
    }
}
