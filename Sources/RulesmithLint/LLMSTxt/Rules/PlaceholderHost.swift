/// LT082's test of an ASCII link host against the placeholder sites, on bytes (no `String` per link).
enum PlaceholderHost {
    private static let hosts: [[UInt8]] = UnfilledTemplateRule.placeholderHosts.map { Array($0.utf8) }

    /// Where the host begins: just past the first "://", nil without one.
    static func start(in destination: ArraySlice<UInt8>) -> Int? {
        var index = destination.startIndex
        while index + 2 < destination.endIndex {
            if destination[index] == UInt8(ascii: ":"), destination[index + 1] == UInt8(ascii: "/"),
                destination[index + 2] == UInt8(ascii: "/")
            {
                return index + 3
            }
            index += 1
        }
        return nil
    }

    /// Whether an ASCII host (any case) stands for "your site here": a templated or "your…" host,
    /// a placeholder host, or any subdomain of one whose remaining name still has a dot.
    static func isPlaceholder(_ host: ArraySlice<UInt8>) -> Bool {
        if host.count >= 4, lowered(host, host.startIndex) == UInt8(ascii: "y"), lowered(host, host.startIndex + 1) == UInt8(ascii: "o"),
            lowered(host, host.startIndex + 2) == UInt8(ascii: "u"), lowered(host, host.startIndex + 3) == UInt8(ascii: "r")
        {
            return true
        }
        var index = host.startIndex
        while index + 1 < host.endIndex {
            if host[index] == UInt8(ascii: "{"), host[index + 1] == UInt8(ascii: "{") { return true }
            index += 1
        }
        var suffix = host
        while !isListed(suffix) {
            guard let dot = suffix.firstIndex(of: UInt8(ascii: ".")) else { return false }
            suffix = suffix[(dot + 1)...]
            guard suffix.contains(UInt8(ascii: ".")) else { return false }
        }
        return true
    }

    private static func isListed(_ host: ArraySlice<UInt8>) -> Bool {
        hosts.contains { listed in
            listed.count == host.count && zip(listed, host).allSatisfy { $0 == lowered($1) }
        }
    }

    private static func lowered(_ host: ArraySlice<UInt8>, _ index: Int) -> UInt8 { lowered(host[index]) }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
