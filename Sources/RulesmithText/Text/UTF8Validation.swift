/// Strict UTF-8 well-formedness check over bytes (no overlongs, no surrogates, at most U+10FFFF).
public enum UTF8Validation {
    /// Whether every byte sequence is well-formed UTF-8.
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        firstInvalidOffset(bytes) == nil
    }

    /// Byte offset of the first ill-formed sequence, or nil when the input is valid.
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let count = buffer.count
            var index = 0
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index = ByteScan.firstNonASCII(in: buffer, from: index + 1, to: count)
                    continue
                }
                let length: Int
                var lowerBound: UInt8 = 0x80
                var upperBound: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lowerBound = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; upperBound = 0x9F
                case 0xF0: length = 4; lowerBound = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; upperBound = 0x8F
                default: return index
                }
                if index + length > count { return index }
                let second = buffer[index + 1]
                if second < lowerBound || second > upperBound { return index }
                var offset = 2
                while offset < length {
                    if buffer[index + offset] & 0xC0 != 0x80 { return index }
                    offset += 1
                }
                index += length
            }
            return nil
        }
    }
}
