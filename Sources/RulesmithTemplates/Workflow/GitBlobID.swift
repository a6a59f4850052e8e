import Crypto

/// The id git gives a blob (`git hash-object`): SHA-1 of `blob <size>\0` and the bytes, as 40
/// lowercase hex digits. The lockfile records these so a committed file's base can be read back
/// from the object database.
public enum GitBlobID {
    /// The blob id of `bytes`.
    public static func of(_ bytes: [UInt8]) -> String {
        var hasher = Insecure.SHA1()
        hasher.update(data: Array("blob \(bytes.count)\u{0}".utf8))
        hasher.update(data: bytes)
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var output = [UInt8]()
        output.reserveCapacity(40)
        for byte in hasher.finalize() {
            output.append(hex[Int(byte >> 4)])
            output.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `text` looks like a blob id (40 lowercase hex digits).
    public static func isValid(_ text: String) -> Bool {
        text.utf8.count == 40 && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}
