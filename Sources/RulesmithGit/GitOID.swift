// Object ids: a value type over libgit2's 20-byte SHA-1 `git_oid`, hex parsing and printing, and the
// git blob id of a byte string (what `git hash-object` prints), which needs no repository.

import CGit2

/// A git object id (SHA-1, as libgit2 1.5.1 supports), printed as 40 lowercase hex digits.
public struct GitOID: Hashable, Sendable, CustomStringConvertible {
    /// The 20 raw bytes.
    public let bytes: [UInt8]

    init(_ raw: git_oid) {
        var copy = raw
        bytes = withUnsafeBytes(of: &copy.id) { Array($0) }
    }

    /// Parses 40 hex digits; nil for anything else.
    public init?(hex: String) {
        let utf8 = Array(hex.utf8)
        guard utf8.count == 40 else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(20)
        var index = 0
        while index < 40 {
            guard let high = Self.nibble(utf8[index]), let low = Self.nibble(utf8[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        bytes = out
    }

    /// The 40 lowercase hex digits.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(40)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    public var description: String { hex }

    /// The libgit2 form, for passing to C.
    var raw: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { target in
            for (index, byte) in bytes.enumerated() where index < target.count { target[index] = byte }
        }
        return oid
    }

    /// The id git gives a blob with these bytes (`git hash-object`), computed without a repository.
    ///
    /// - Throws: `GitError` when libgit2 cannot hash (out of memory).
    public static func blobID(of content: [UInt8]) throws(GitError) -> GitOID {
        try Git.initialize()
        var oid = git_oid()
        let code = content.withUnsafeBytes { buffer in
            git_odb_hash(&oid, buffer.baseAddress, buffer.count, GIT_OBJECT_BLOB)
        }
        try check(code, "hash \(content.count) bytes as a blob")
        return GitOID(oid)
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
