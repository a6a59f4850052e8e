/// SEC201 checks behind each keyword hit: provider formats, private key blocks, credentials in
/// URLs, and the generic `key = "literal"` assignment (a warning).
enum SecretScanner {
    /// A provider pattern at a hit of anchor `anchorIndex`.
    static func provider(_ view: LineView, _ anchorIndex: Int, _ start: Int, into matches: inout [TextMatch]) {
        let anchor = SecretPatterns.anchors[anchorIndex]
        for pattern in anchor.patterns {
            if pattern.wordStart, start > view.line.lowerBound, LineView.isWordByte(view.bytes[start - 1]) { continue }
            guard let end = pattern.match(view.bytes, start, view.line.upperBound) else { continue }
            let value = view.text(start..<end)
            guard !SecretText.isPlaceholder(value) else { return }
            matches.append(TextMatch(
                rule: .secret, range: start..<end,
                message: "\(pattern.provider) '\(SecretText.redacted(value))'; secrets never belong in a rules file: revoke it and load it from the environment",
                severity: pattern.severity))
            return
        }
        guard let joined = SplitSecret.join(view.bytes, from: start), let last = joined.pieces.last else { return }
        let lastOffset = joined.bytes.count - last.count
        joined.bytes.withUnsafeBufferPointer { buffer in
            for pattern in anchor.patterns {
                guard let end = pattern.match(buffer, 0, buffer.count), end > lastOffset else { continue }
                let value = String(decoding: buffer[0..<end], as: UTF8.self)
                guard !SecretText.isPlaceholder(value) else { return }
                let how = joined.acrossLines ? "split across lines" : "split into joined pieces"
                matches.append(TextMatch(
                    rule: .secret, range: start..<(last.lowerBound + end - lastOffset),
                    message: "\(pattern.provider) '\(SecretText.redacted(value))' (\(how)); secrets never belong in a rules file: revoke it and load it from the environment",
                    severity: pattern.severity))
                return
            }
        }
    }

    /// `-----BEGIN … PRIVATE KEY-----` followed by at least 64 characters of body and an END line.
    static func privateKey(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, into matches: inout [TextMatch]) {
        let whole = LineView(bytes: bytes, line: 0..<bytes.count)
        guard whole.text(start..<min(bytes.count, start + 10)) == "-----BEGIN" else { return }
        var cursor = start + 10
        let labelLimit = min(bytes.count, cursor + 100)
        let labelSet = ByteSet(" A-Z0-9_-")
        var labelEnd: Int?
        while cursor < labelLimit, labelSet.contains(bytes[cursor]) || bytes[cursor] == 0x2D {
            if whole.text(cursor..<min(bytes.count, cursor + 11)) == "PRIVATE KEY" {
                labelEnd = cursor + 11
                break
            }
            cursor += 1
        }
        guard var headerEnd = labelEnd else { return }
        if whole.text(headerEnd..<min(bytes.count, headerEnd + 6)) == " BLOCK" { headerEnd += 6 }
        guard whole.text(headerEnd..<min(bytes.count, headerEnd + 5)) == "-----" else { return }
        let label = whole.text((start + 11)..<headerEnd).trimmingPrefix(" ")
        cursor = headerEnd + 5
        let limit = min(bytes.count, cursor + 65536)
        var body = 0
        while cursor < limit {
            if bytes[cursor] == 0x2D, whole.text(cursor..<min(bytes.count, cursor + 8)) == "-----END" { break }
            if bytes[cursor] > 0x20 { body += 1 }
            cursor += 1
        }
        guard cursor < limit, body >= 64 else { return }
        var end = cursor + 8
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        matches.append(TextMatch(
            rule: .secret, range: start..<end,
            message: "private key block (\(label)) with \(body) characters of key material; a key in a rules file is a leaked key",
            severity: nil))
    }

    private static let dummyPasswords: Set<String> = [
        "password", "pass", "passwd", "pwd", "secret", "postgres", "root", "admin", "test", "testing", "guest", "user",
        "mysql", "dev", "local", "default", "demo", "1234", "12345", "123456", "qwerty", "letmein", "pw", "p", "changeit",
    ]

    /// Bytes that end a URL's user-info part before any `@`.
    private static let userInfoStops = ByteSet(bytes: [0x20, 0x09, 0x2F, 0x3F, 0x23, 0x3C, 0x3E, 0x22, 0x27, 0x60, 0x29, 0x5B, 0x5D])

    /// `scheme://user:password@host`, skipping placeholders, dummy passwords and local hosts.
    static func urlCredentials(_ view: LineView, _ start: Int, into matches: inout [TextMatch]) {
        let (alphanumeric, userInfoStops) = (ByteSet.alphanumeric, Self.userInfoStops)
        var schemeStart = start
        while schemeStart > view.line.lowerBound, alphanumeric.contains(view.bytes[schemeStart - 1])
            || view.bytes[schemeStart - 1] == 0x2B || view.bytes[schemeStart - 1] == 0x2E || view.bytes[schemeStart - 1] == 0x2D {
            schemeStart -= 1
        }
        guard start - schemeStart >= 2 else { return }
        let userStart = start + 3
        var cursor = userStart
        var colon: Int?
        let limit = min(view.line.upperBound, userStart + 256)
        while cursor < limit, !userInfoStops.contains(view.bytes[cursor]), view.bytes[cursor] != 0x40 {
            if view.bytes[cursor] == 0x3A, colon == nil { colon = cursor }
            cursor += 1
        }
        guard let colon, cursor < limit, view.bytes[cursor] == 0x40, cursor + 1 < view.line.upperBound else { return }
        let user = view.text(userStart..<colon)
        let password = view.text((colon + 1)..<cursor)
        let hostEnd = view.tokenEnd(cursor + 1)
        let host = view.text((cursor + 1)..<hostEnd).lowercased()
        guard password.count >= 3, password != user, !dummyPasswords.contains(password.lowercased()),
              !SecretText.isPlaceholder(password), !SecretText.isPlaceholder(user),
              let first = password.first, !"$%{[<*".contains(first),
              !["localhost", "127.0.0.1", "0.0.0.0", "[::1]", "example.", "host"].contains(where: { host.hasPrefix($0) })
        else { return }
        let scheme = view.text(schemeStart..<start)
        matches.append(TextMatch(
            rule: .secret, range: schemeStart..<cursor,
            message: "password in the URL '\(scheme)://\(user):\(SecretText.redacted(password))@…'; credentials in a URL leak with every copy of the file",
            severity: nil))
    }

    private static let keyNames = ["apikey", "secret", "secretkey", "token", "password", "passwd", "accesstoken", "authtoken"]
    private static let identifier = ByteSet("A-Za-z0-9_.-")

    /// `api_key = "…"`, `"password": "…"`: a quoted literal of high entropy assigned to a secret-named key.
    static func generic(_ view: LineView, _ start: Int, _ end: Int, into matches: inout [TextMatch]) {
        var nameStart = start
        while nameStart > view.line.lowerBound, nameStart > start - 64, identifier.contains(view.bytes[nameStart - 1]) { nameStart -= 1 }
        var nameEnd = end
        while nameEnd < view.line.upperBound, nameEnd < end + 64, identifier.contains(view.bytes[nameEnd]) { nameEnd += 1 }
        var cursor = nameEnd
        if cursor < view.line.upperBound, view.bytes[cursor] == 0x22 || view.bytes[cursor] == 0x27 { cursor += 1 }
        cursor = view.skipSpaces(cursor)
        guard cursor < view.line.upperBound, view.bytes[cursor] == 0x3D || view.bytes[cursor] == 0x3A else { return }
        cursor += 1
        if cursor < view.line.upperBound, view.bytes[cursor] == 0x3D || view.bytes[cursor] == 0x3E { cursor += 1 }
        cursor = view.skipSpaces(cursor)
        guard cursor < view.line.upperBound else { return }
        let quote = view.bytes[cursor]
        guard quote == 0x22 || quote == 0x27 || quote == 0x60 else { return }
        let valueStart = cursor + 1
        var valueEnd = valueStart
        let limit = min(view.line.upperBound, valueStart + 256)
        while valueEnd < limit, view.bytes[valueEnd] != quote {
            if LineView.isSpace(view.bytes[valueEnd]) { return }
            valueEnd += 1
        }
        guard valueEnd < limit, valueEnd - valueStart >= 8 else { return }
        let name = view.text(nameStart..<nameEnd)
        let squeezed = name.lowercased().filter { $0 != "_" && $0 != "-" && $0 != "." }
        guard keyNames.contains(where: { squeezed.hasSuffix($0) }) else { return }
        let value = view.text(valueStart..<valueEnd)
        let entropy = SecretText.entropy(UnsafeBufferPointer(rebasing: view.bytes[valueStart..<valueEnd]))
        guard entropy >= 3.5, !SecretText.isPlaceholder(value) else { return }
        matches.append(TextMatch(
            rule: .secret, range: nameStart..<(valueEnd + 1),
            message: "'\(name)' is set to a literal that looks like a secret ('\(SecretText.redacted(value))', entropy \(SecretText.oneDecimal(entropy)) bits per character); load it from the environment",
            severity: .warning))
    }
}
