import RulesmithText

/// A Markdown link in a rules file whose target is a file in the repository.
public struct RelativeLink: Sendable, Hashable {
    /// The destination as written.
    public var destination: String
    /// The repository-relative path it points to, normalised, without `#fragment` or `?query`.
    public var path: String
    /// The destination's bytes in the file.
    public var range: Range<Int>

    /// The relative links of `document`'s prose, outside code spans and blocks; URLs with a
    /// scheme, `mailto:`, pure `#anchors` and paths that leave the repository are left out.
    /// Cursor's `mdc:` links resolve from the repository root.
    public static func links(in document: LintDocument) -> [RelativeLink] {
        var output: [RelativeLink] = []
        forEach(in: document) { output.append($0) }
        return output
    }

    /// `links(in:)` one at a time, in order, without holding them all.
    public static func forEach(in document: LintDocument, _ body: (RelativeLink) -> Void) {
        let directory = PathSyntax.directory(of: document.resolutionPath)
        // A text small enough to be shared by its copies keeps its destinations; a larger one
        // (perhaps a flood of links) is read link by link, never holding them all.
        guard document.source.bytes.count < ContentFindingsCache.maximumTextBytes else {
            LinkDestinations.forEach(in: document) { destination, range in
                guard let path = resolve(destination, from: directory) else { return }
                body(RelativeLink(destination: destination, path: path, range: range))
            }
            return
        }
        for (destination, range) in document.analysis(LinkDestinations.self).destinations {
            guard let path = resolve(destination, from: directory) else { continue }
            body(RelativeLink(destination: destination, path: path, range: range))
        }
    }

    /// The destinations of a document's prose links as written, read from its text alone, so
    /// identical copies of a rules file find them once and each resolves them from its own folder.
    struct LinkDestinations: ShareableAnalysis {
        let destinations: [(String, Range<Int>)]

        init(_ document: LintDocument) {
            var destinations: [(String, Range<Int>)] = []
            Self.forEach(in: document) { destinations.append(($0, $1)) }
            self.destinations = destinations
        }

        /// Each destination in order, with its bytes in the file.
        static func forEach(in document: LintDocument, _ body: (String, Range<Int>) -> Void) {
            let source = document.source
            let markdown = document.analysis(MarkdownDocument.self)
            let bodyStart = document.analysis(Frontmatter.self).bodyStart
            for block in markdown.blocks where block.range.lowerBound >= bodyStart && (block.isParagraph || block.headingLevel != nil) {
                MarkdownInline.forEachLink(source.bytes, in: block.range) { link in
                    guard !isProse(source.bytes, link) else { return }
                    body(source.string(link.destinationRange), link.destinationRange)
                }
            }
        }
    }

    /// `[x](チェックマーク)` or `[ ](done)`: brackets and parentheses that read as prose, not a
    /// link. The parenthesised text has no `.`, `/` or `#` (nothing that names a file) and either
    /// holds a non-ASCII letter (a word in Japanese, Chinese, Russian…) or follows a task-list
    /// checkbox (`[x]`, `[X]`, `[ ]`), which explains the mark in words.
    static func isProse(_ bytes: [UInt8], _ link: InlineLink) -> Bool {
        guard !link.isAngleBracketed, !link.isImage else { return false }
        let destination = bytes[link.destinationRange]
        guard !destination.isEmpty, !destination.contains(where: { $0 == 0x2E || $0 == 0x2F || $0 == 0x23 || $0 == 0x3A }) else {
            return false
        }
        if destination.contains(where: { $0 >= 0x80 }) { return true }
        let text = bytes[link.textRange]
        return text.count == 1 && (text.first == 0x78 || text.first == 0x58 || text.first == 0x20)
    }

    static func resolve(_ destination: String, from directory: String) -> String? {
        var text = Substring(destination)
        var fromRoot = false
        if text.hasPrefix("mdc:") {
            text = text.dropFirst(4)
            fromRoot = true
        } else if hasScheme(text) || text.hasPrefix("//") {
            return nil
        }
        if let cut = text.firstIndex(where: { $0 == "#" || $0 == "?" }) { text = text[..<cut] }
        guard !text.isEmpty, !text.contains("{{"), !text.contains("<") else { return nil }
        var path = URLReference.percentDecoded(String(text)) ?? String(text)
        if path.hasPrefix("/") {
            path.removeFirst()
            fromRoot = true
        }
        let raw = fromRoot || directory.isEmpty ? path : directory + "/" + path
        guard !PathSyntax.escapesRoot(raw) else { return nil }
        let normalized = PathSyntax.normalize(raw)
        return normalized.isEmpty ? nil : normalized
    }

    /// `scheme:` as RFC 3986 spells it (a letter, then letters, digits, `+`, `-` or `.`).
    private static func hasScheme(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIILetter else { return false }
        for scalar in text.unicodeScalars.dropFirst() {
            if scalar == ":" { return true }
            guard scalar.isASCIILetter || ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "." else {
                return false
            }
        }
        return false
    }
}

// File-private so another rule family may define the same helper without a clash.
extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
