/// The text pass (H1–H12 and secrets), run on the scanned text and again on its normalised copy.
/// A match found only in the copy is reported at the raw location of the text that produced it,
/// saying what was hidden. Computed once per document; each SEC1xx/SEC201 rule reads its list.
struct TextScan: DocumentAnalysis {
    private let results: [[Finding]]

    func findings(_ rule: HeuristicRule) -> [Finding] { results[rule.rawValue] }

    private struct Located {
        var match: TextMatch
        /// Range in the scanned text.
        var scanned: Range<Int>
        var hiddenBy: String?
    }

    init(_ document: LintDocument) {
        let text = document.analysis(SecurityText.self)
        var located: [Located] = []
        var comments: [CommentSpan] = []
        if !text.source.bytes.isEmpty {
            let oracle = PassOracle(document: document, text: text, toScanned: { $0 })
            let raw = HeuristicPass.run(
                text.source.bytes, lineStarts: text.source.lineStarts,
                HeuristicPass.Options(oracle: oracle, comments: true, blobs: true, rot13: true))
            comments = raw.comments
            located = raw.matches.map { Located(match: $0, scanned: $0.range, hiddenBy: nil) }
            if !text.specialLines.isEmpty || !raw.encodedLines.isEmpty {
                let copy = NormalizedCopy(text, extraLines: raw.encodedLines)
                if !copy.isEmpty {
                    var known = Set(located.map { $0.scanned.lowerBound &* 16 &+ $0.match.rule.rawValue })
                    let copyOracle = PassOracle(document: document, text: text, toScanned: { copy.source($0..<($0 + 1)).lowerBound })
                    let second = HeuristicPass.run(
                        copy.bytes, lineStarts: copy.lineStarts,
                        HeuristicPass.Options(oracle: copyOracle, blobs: true, rot13: true, joinLines: false))
                    for match in second.matches {
                        let scanned = copy.source(match.range)
                        guard known.insert(scanned.lowerBound &* 16 &+ match.rule.rawValue).inserted else { continue }
                        located.append(Located(match: match, scanned: scanned, hiddenBy: copy.changeSummary(in: scanned)))
                    }
                }
            }
        }
        located = Self.dropOverlaps(located)
        var buckets = [[Finding]](repeating: [], count: HeuristicRule.allCases.count)
        for item in located {
            var message = item.match.message
            if let hidden = item.hiddenBy { message += " (hidden: visible only after \(hidden))" }
            buckets[item.match.rule.rawValue].append(Finding(range: text.map.raw(item.scanned), message: message, severity: item.match.severity))
        }
        buckets[HeuristicRule.htmlComment.rawValue] = Self.commentFindings(comments, located, text)
        results = HeuristicRule.allCases.map { rule in
            let sorted = buckets[rule.rawValue].sorted { $0.range.lowerBound < $1.range.lowerBound }
            return FindingCollector.capped(sorted, noun: rule.noun)
        }
    }

    /// A generic secret or a blob that overlaps a provider secret is the same finding twice.
    private static func dropOverlaps(_ located: [Located]) -> [Located] {
        let providers = located.filter { $0.match.rule == .secret && $0.match.severity != .warning }.map(\.scanned)
        guard !providers.isEmpty else { return located }
        return located.filter { item in
            guard item.match.rule == .encodedBlob || (item.match.rule == .secret && item.match.severity == .warning) else { return true }
            return !providers.contains { $0.overlaps(item.scanned) && $0 != item.scanned }
        }
    }

    /// H4: every comment is info; one holding an instruction, exfiltration or credential read is an
    /// error (not one that only quotes an attack to forbid it, which is itself an info).
    private static func commentFindings(_ comments: [CommentSpan], _ located: [Located], _ text: SecurityText) -> [Finding] {
        text.source.bytes.withUnsafeBufferPointer { buffer in
            comments.map { comment in
                let excerpt = CommentScanner.excerpt(buffer, comment.body)
                let inside = located.first {
                    $0.match.rule.escalatesComment && $0.match.severity != .info && comment.range.contains($0.scanned.lowerBound)
                }
                if let inside {
                    return Finding(
                        range: text.map.raw(comment.range),
                        message: "HTML comment '\(excerpt)' is invisible when rendered and holds an instruction (\(inside.match.rule.ruleID))",
                        severity: .error)
                }
                return Finding(
                    range: text.map.raw(comment.range),
                    message: "HTML comment '\(excerpt)' is invisible when rendered, but the model reads it", severity: nil)
            }
        }
    }
}
