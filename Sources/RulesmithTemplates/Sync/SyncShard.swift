import Crypto

/// `--shard K/N`: a stable slice of the manifest for one of N CI runners. A repository belongs to
/// the shard its identity (the URL or path as written) hashes to, not to its position, so adding
/// or removing a repository never moves the others.
public struct SyncShard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based.
    public let index: Int
    public let count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N` with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the repository with this identity is in the shard.
    public func contains(_ identity: String) -> Bool {
        Self.bucket(of: identity, count: count) == index - 1
    }

    /// The 0-based shard of `identity` among `count`: the first 8 bytes of its SHA-256, modulo.
    public static func bucket(of identity: String, count: Int) -> Int {
        let digest = Array(SHA256.hash(data: Array(identity.utf8)))
        var value: UInt64 = 0
        for byte in digest.prefix(8) { value = value << 8 | UInt64(byte) }
        return Int(value % UInt64(count))
    }
}
