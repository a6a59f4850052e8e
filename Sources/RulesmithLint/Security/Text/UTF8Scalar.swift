/// Lenient UTF-8 decoding of one scalar at a time, for scans that must survive any bytes.
enum UTF8Scalar {
    /// Marks bytes that are not well-formed UTF-8 (RF007 reports those; the scan skips them).
    static let invalid: UInt32 = 0xFFFF_FFFF

    /// The scalar starting at `index` and its length; ill-formed bytes give `invalid` with length 1.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0: length = 3; lower = 0xA0; value = UInt32(lead & 0x0F)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xED: length = 3; upper = 0x9F; value = UInt32(lead & 0x0F)
        case 0xF0: length = 4; lower = 0x90; value = UInt32(lead & 0x07)
        case 0xF1...0xF3: length = 4; value = UInt32(lead & 0x07)
        case 0xF4: length = 4; upper = 0x8F; value = UInt32(lead & 0x07)
        default: return (invalid, 1)
        }
        guard index + length <= end else { return (invalid, 1) }
        let second = bytes[index + 1]
        guard second >= lower, second <= upper else { return (invalid, 1) }
        value = value << 6 | UInt32(second & 0x3F)
        var offset = 2
        while offset < length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return (invalid, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
            offset += 1
        }
        return (value, length)
    }
}
