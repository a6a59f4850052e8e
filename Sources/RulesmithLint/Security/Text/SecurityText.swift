import RulesmithText

/// The document as the security scan reads it: UTF-8 text (transcoded when the file is UTF-16 or
/// UTF-32), the encoding found, the map back to raw bytes, and the lines that are not plain ASCII.
struct SecurityText: DocumentAnalysis {
    let encoding: TextEncoding
    /// The text scanned; the document's own source unless the file was transcoded.
    let source: SourceText
    let map: RawOffsetMap
    /// 0-based lines holding a byte ≥ 0x80 or a control byte other than TAB, LF and CR.
    let specialLines: [Int]

    init(_ document: LintDocument) {
        self.init(document.source)
    }

    init(_ raw: SourceText) {
        let encoding = TextEncoding.detect(raw.bytes)
        self.encoding = encoding
        if encoding.isWide {
            let (utf8, offsets) = WideTranscoder.transcode(raw.bytes, encoding)
            source = SourceText(bytes: utf8)
            map = RawOffsetMap(offsets: offsets)
        } else {
            source = raw
            map = .identity
        }
        specialLines = Self.findSpecialLines(source)
    }

    /// Whether fixes may edit the file: only when the scanned bytes are the file's bytes.
    var allowsFixes: Bool { map.isIdentity }

    /// Byte range of the 0-based line without its terminator.
    func content(ofLine line: Int) -> Range<Int> { source.contentRange(ofLine: line) }

    /// Finds lines that need code-point decoding; eight bytes at a time, so plain ASCII costs little.
    private static func findSpecialLines(_ source: SourceText) -> [Int] {
        var lines: [Int] = []
        source.bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = 0
            while true {
                index = ByteScan.firstUnusual(in: buffer, from: index, to: count)
                guard index < count else { break }
                let line = source.lineIndex(ofByte: index)
                lines.append(line)
                index = line + 1 < source.lineStarts.count ? source.lineStarts[line + 1] : count
            }
        }
        return lines
    }
}

/// The Markdown structure of the scanned text (rebuilt from the transcoded text when needed).
struct SecurityMarkdown: DocumentAnalysis {
    let markdown: MarkdownDocument

    init(_ document: LintDocument) {
        let text = document.analysis(SecurityText.self)
        markdown = text.map.isIdentity ? document.analysis(MarkdownDocument.self) : MarkdownDocument(text.source)
    }
}
