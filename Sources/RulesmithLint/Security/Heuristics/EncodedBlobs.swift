import RulesmithText

/// H11: long base64 (≥ 60 characters, entropy ≥ 4.5) or hex (≥ 64, entropy ≥ 3.0) blobs; text they
/// decode to is scanned again and what it holds raises the finding.
enum EncodedBlobs {
    private static let runSet = ByteSet("A-Za-z0-9+/=_-")

    /// 1 for the bytes a blob is made of; a plain table so the per-byte loop stays tight.
    private static let runTable: [UInt8] = (0..<256).map { runSet.contains(UInt8($0)) ? 1 : 0 }

    /// Shortest run worth a look (the base64 threshold; hex needs 64).
    private static let minimumRun = 60

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, rescan: Bool, into matches: inout [TextMatch]) {
        for run in runs(bytes) { evaluate(bytes, run, rescan: rescan, into: &matches) }
    }

    /// The maximal runs of blob bytes at least `minimumRun` long, in order.
    static func runs(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        runTable.withUnsafeBufferPointer { table in
            // A run of `minimumRun` starting at `start` must hold the byte `minimumRun - 1` further
            // on, so that byte is probed first; a byte outside the set there moves the start past
            // it, and otherwise the bytes before it are checked backwards to the last one already
            // known to belong. Prose and URLs break runs every few bytes, so most bytes are
            // never looked at.
            let count = bytes.count
            var start = 0
            var checked = 0
            while start + minimumRun <= count {
                let probe = start + minimumRun - 1
                if table[Int(bytes[probe])] == 0 {
                    start = probe + 1
                    checked = start
                    continue
                }
                var back = probe - 1
                while back >= checked, table[Int(bytes[back])] != 0 { back -= 1 }
                if back >= checked {
                    start = back + 1
                    checked = probe + 1
                    continue
                }
                var end = probe + 1
                while end < count, table[Int(bytes[end])] != 0 { end += 1 }
                runs.append(start..<end)
                start = end + 1
                checked = start
            }
        }
        return runs
    }

    /// Whether `byte` belongs in a blob (base64, base64url or hex).
    static func isRunByte(_ byte: UInt8) -> Bool { runSet.contains(byte) }

    private static func evaluate(_ bytes: UnsafeBufferPointer<UInt8>, _ run: Range<Int>, rescan: Bool, into matches: inout [TextMatch]) {
        let slice = UnsafeBufferPointer(rebasing: bytes[run])
        var upper = false
        var lower = false
        var digit = false
        var paddingAt: Int?
        for (offset, byte) in slice.enumerated() {
            switch byte {
            case 0x41...0x5A: upper = true
            case 0x61...0x7A: lower = true
            case 0x30...0x39: digit = true
            case 0x3D: if paddingAt == nil { paddingAt = offset }
            default: break
            }
        }
        let paddingOK = paddingAt.map { slice.count - $0 <= 2 } ?? true
        if upper, lower, digit, paddingOK, !isDataImage(bytes, run.lowerBound), !isIntegrityHash(bytes, run),
           !isPathLike(slice) {
            let entropy = SecretText.entropy(slice)
            if entropy >= 4.5 {
                let decoded = rescan ? Base64.decodeLeniently(slice) : nil
                matches.append(blobMatch(run, kind: "base64", length: slice.count, entropy: entropy, decoded: decoded))
                return
            }
        }
        var segmentStart = run.lowerBound
        var index = run.lowerBound
        while index <= run.upperBound {
            if index == run.upperBound || !ByteSet.hex.contains(bytes[index]) {
                let segment = segmentStart..<index
                let before = segment.lowerBound > 0 ? bytes[segment.lowerBound - 1] : 0x20
                let after = segment.upperBound < bytes.count ? bytes[segment.upperBound] : 0x20
                if segment.count >= 64, !ByteSet.alphanumeric.contains(before), !ByteSet.alphanumeric.contains(after) {
                    let hex = UnsafeBufferPointer(rebasing: bytes[segment])
                    let entropy = SecretText.entropy(hex)
                    let decoded = hexDecode(hex)
                    let isDigest = (segment.count == 64 || segment.count == 128) && !isText(decoded)
                    if entropy >= 3.0, !isDigest {
                        matches.append(blobMatch(segment, kind: "hex", length: segment.count, entropy: entropy,
                                                 decoded: rescan ? decoded : nil))
                    }
                }
                segmentStart = index + 1
            }
            index += 1
        }
    }

    private static func blobMatch(_ range: Range<Int>, kind: String, length: Int, entropy: Double, decoded: [UInt8]?) -> TextMatch {
        let base = "\(kind) blob of \(length) characters (entropy \(SecretText.oneDecimal(entropy))) hides content a reviewer cannot read"
        guard let decoded, isText(decoded) else {
            return TextMatch(rule: .encodedBlob, range: range, message: base, severity: nil)
        }
        let inner = HeuristicPass.run(decoded, lineStarts: lineStarts(decoded), HeuristicPass.Options()).matches
        guard let worst = inner.max(by: { ($0.severity ?? $0.rule.defaultSeverity) < ($1.severity ?? $1.rule.defaultSeverity) }) else {
            let preview = CodePointDescription.shortened(String(decoding: decoded.prefix(200), as: UTF8.self), limit: 40)
            return TextMatch(rule: .encodedBlob, range: range, message: "\(base); it decodes to '\(preview)'", severity: nil)
        }
        let severity = max(Severity.warning, worst.severity ?? worst.rule.defaultSeverity)
        return TextMatch(
            rule: .encodedBlob, range: range,
            message: "\(base); decoded, it matches \(worst.rule.ruleID): \(worst.message)", severity: severity)
    }

    /// A file path, URL path or long identifier rather than encoded data: at least three parts
    /// between `/`, `-` or `_` (two of them `/`, or five parts), whose words change character
    /// class the way names do: a lower-case letter followed by a capital (`AppKit`) or a letter
    /// next to a digit (`v2`) at most once in four adjacent pairs, over all parts that are not
    /// lower-case hex or decimal ids (a commit, a number). Random base64 makes such a change at
    /// about two pairs in five, and puts a `/` only every 64 bytes.
    static func isPathLike(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
        var parts = 0
        var slashes = 0
        var partStart = 0
        var changes = 0
        var pairs = 0
        for index in 0...run.count {
            let byte: UInt8 = index < run.count ? run[index] : 0x2F
            guard byte == 0x2F || byte == 0x2D || byte == 0x5F || byte == 0x3D else { continue }
            if byte == 0x3D, index < run.count { return false }
            if byte == 0x2F, index < run.count { slashes += 1 }
            let part = UnsafeBufferPointer(rebasing: run[partStart..<index])
            partStart = index + 1
            guard !part.isEmpty else { continue }
            parts += 1
            guard part.count > 1, !isIdentifier(part) else { continue }
            pairs += part.count - 1
            for position in 1..<part.count where isNameBreak(part[position - 1], part[position]) { changes += 1 }
        }
        return parts >= 3 && (slashes >= 2 || parts >= 5) && changes * 4 <= pairs
    }

    /// A lower-case letter then a capital, or a letter next to a digit.
    private static func isNameBreak(_ first: UInt8, _ second: UInt8) -> Bool {
        let firstDigit = (0x30...0x39).contains(first)
        let secondDigit = (0x30...0x39).contains(second)
        if (0x61...0x7A).contains(first), (0x41...0x5A).contains(second) { return true }
        return firstDigit != secondDigit
    }

    /// Lower-case hex or decimal digits: a commit, a digest or a number inside a path.
    private static func isIdentifier(_ part: UnsafeBufferPointer<UInt8>) -> Bool {
        part.count >= 7 && part.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// A Subresource Integrity digest (`sha512-…`): a hash, not hidden content.
    private static func isIntegrityHash(_ bytes: UnsafeBufferPointer<UInt8>, _ run: Range<Int>) -> Bool {
        let head = String(decoding: UnsafeBufferPointer(rebasing: bytes[run.lowerBound..<min(run.upperBound, run.lowerBound + 7)]), as: UTF8.self)
        return ["sha256-", "sha384-", "sha512-"].contains { head.hasPrefix($0) }
    }

    /// `data:image/…;base64,` before the run: an inline picture, not hidden text.
    private static func isDataImage(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        let from = max(0, start - 48)
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<start]), as: UTF8.self).lowercased()
        return prefix.hasSuffix("base64,") && prefix.contains("data:image/")
    }

    private static func isText(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 8 else { return false }
        let printable = bytes.count { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
        return printable * 10 >= bytes.count * 9
    }

    private static func lineStarts(_ bytes: [UInt8]) -> LineStarts {
        var starts: LineStarts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        return starts
    }

    private static func hexDecode(_ hex: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        func nibble(_ byte: UInt8) -> UInt8 {
            switch byte {
            case 0x30...0x39: byte - 0x30
            case 0x41...0x46: byte - 0x41 + 10
            default: byte - 0x61 + 10
            }
        }
        var output: [UInt8] = []
        var index = 0
        while index + 1 < min(hex.count, 65536) {
            output.append(nibble(hex[index]) << 4 | nibble(hex[index + 1]))
            index += 2
        }
        return output
    }
}
