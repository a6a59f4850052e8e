/// HTML character references in a rules file: `&#105;`, `&#x69;` and the basic named ones, which
/// render as their character in a preview and reach the model as the reference.
enum HTMLEntities {
    private static let named: [String: UInt32] = [
        "lt": 0x3C, "gt": 0x3E, "amp": 0x26, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
    ]

    /// The scalar of the reference at `start` (`&…;`) and the index after it.
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (UInt32, Int)? {
        var index = start + 1
        guard index < end else { return nil }
        if buffer[index] == 0x23 {
            index += 1
            var hex = false
            if index < end, buffer[index] | 0x20 == 0x78 {
                hex = true
                index += 1
            }
            var value: UInt32 = 0
            let digitsStart = index
            while index < end, index - digitsStart < 8 {
                let byte = buffer[index]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46 where hex: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66 where hex: digit = UInt32(byte - 0x61 + 10)
                default: digit = 99
                }
                guard digit != 99 else { break }
                value = value * (hex ? 16 : 10) + digit
                index += 1
            }
            guard index > digitsStart, index < end, buffer[index] == 0x3B, value >= 0x20, Unicode.Scalar(value) != nil else { return nil }
            return (value, index + 1)
        }
        let nameStart = index
        while index < end, index - nameStart < 6, buffer[index] >= 0x61, buffer[index] <= 0x7A { index += 1 }
        guard index < end, buffer[index] == 0x3B else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: buffer[nameStart..<index]), as: UTF8.self)
        guard let value = named[name] else { return nil }
        return (value, index + 1)
    }
}
