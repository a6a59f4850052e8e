import RulesmithText

/// One run of the text heuristics and secret checks over a text (the scanned document, its
/// normalised copy, or a decoded blob): the keyword automaton finds candidates, then each family's
/// matcher checks its line.
enum HeuristicPass {
    struct Output {
        var matches: [TextMatch] = []
        var comments: [CommentSpan] = []
        /// 0-based lines holding percent-escapes or numeric entities, for the normalised copy.
        var encodedLines: [Int] = []
    }

    /// What a pass reads besides the text.
    struct Options {
        /// Markdown context of the scanned document; nil for a decoded text.
        var oracle: PassOracle?
        /// Report HTML comments (only the scanned text).
        var comments = false
        /// Decode base64 and hex blobs and scan them again.
        var blobs = false
        /// Decode lines holding rot13 words and scan them again (not inside a decoded text).
        var rot13 = false
        /// Whether line breaks can continue a sentence (false for the normalised copy, whose lines
        /// are not neighbours).
        var joinLines = true
    }

    private static let isPadding = Keywords.families.map { $0 == .padding }

    /// Runs every heuristic over `bytes`.
    static func run(_ bytes: [UInt8], lineStarts: LineStarts, _ options: Options) -> Output {
        var output = Output()
        bytes.withUnsafeBufferPointer { buffer in
            var lastPaddingEnd = -2
            // Locals, not the static lets: each static read in the per-hit closure was a
            // swift_once call. The automaton has already checked the keywords' ASCII word edges.
            let (families, lengths, isPadding, exact) = (Keywords.families, Keywords.lengths, Self.isPadding, Keywords.exactSpelling)
            var state = State(buffer: buffer, lineStarts: lineStarts, options: options)
            // Each hit is handled as it is found, in the order found: a list of every hit first
            // cost 16 bytes a hit (about half the size of a prose-heavy file).
            Keywords.automaton.scan(buffer) { keyword, end in
                let start = end - lengths[keyword]
                if isPadding[keyword] {
                    defer { lastPaddingEnd = end }
                    if end == lastPaddingEnd + 1 { return }
                }
                if let spelling = exact[keyword], !spelledExactly(buffer, start, spelling) { return }
                state.handle(families[keyword], start, end, &output)
            }
            var wide: [IntentHit] = []
            IntentKeywords.scanWide(buffer, into: &wide)
            IntentScan.evaluate(buffer, anchors: state.anchors, wide: wide, joinLines: options.joinLines, into: &output.matches)
            if let oracle = options.oracle { AttackCatalogue.soften(&output.matches, from: 0, buffer, oracle) }
            if options.blobs { EncodedBlobs.scan(buffer, rescan: true, into: &output.matches) }
        }
        var seen = Set<Int>()
        output.matches = output.matches.filter { seen.insert($0.range.lowerBound &* 16 &+ $0.rule.rawValue).inserted }
        return output
    }

    /// Whether the hit at `start` spells `spelling` (lower case) with ASCII case folded only.
    @inline(__always)
    private static func spelledExactly(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ spelling: [UInt8]) -> Bool {
        var index = start
        for byte in spelling {
            var actual = buffer[index]
            if actual >= 0x41, actual <= 0x5A { actual |= 0x20 }
            if actual == 0x09 { actual = 0x20 }
            guard actual == byte else { return false }
            index += 1
        }
        return true
    }

    private struct State {
        let buffer: UnsafeBufferPointer<UInt8>
        let lineStarts: LineStarts
        let oracle: PassOracle?
        let options: Options
        var line: Range<Int> = 0..<0
        var lineKnown = false
        /// The 0-based index of `line` (valid when `lineKnown`).
        var lineNumber = 0
        var commentCoveredUntil = 0
        var paddingCoveredUntil = 0
        /// Anchors of intent stems, for `IntentScan` once every hit is in.
        var anchors: [AnchorHit] = []
        /// The last line decoded from rot13 and the last line marked for the copy.
        var rot13Line = -1
        var reversedLine = -1
        var encodedLine = -1

        init(buffer: UnsafeBufferPointer<UInt8>, lineStarts: LineStarts, options: Options) {
            self.buffer = buffer
            self.lineStarts = lineStarts
            oracle = options.oracle
            self.options = options
        }

        mutating func view(at offset: Int) -> LineView {
            if !lineKnown || !(line.lowerBound...line.upperBound).contains(offset) || offset == line.upperBound && offset > line.lowerBound {
                let low = lineIndex(of: offset)
                lineNumber = low
                let start = lineStarts[low]
                var end = low + 1 < lineStarts.count ? lineStarts[low + 1] : buffer.count
                if end > start, buffer[end - 1] == 0x0A { end -= 1 }
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                line = start..<max(start, end)
                lineKnown = true
            }
            return LineView(bytes: buffer, line: line)
        }

        /// The 0-based line holding `offset`. Hits arrive in text order, so the line is usually the
        /// current one or a few after it; a binary search covers the rest.
        private func lineIndex(of offset: Int) -> Int {
            var low = 0
            let high = lineStarts.count - 1
            if lineKnown, lineStarts[lineNumber] <= offset {
                var probe = lineNumber + 1
                let stop = min(high + 1, lineNumber + 9)
                while probe < stop, lineStarts[probe] <= offset { probe += 1 }
                if probe <= high, lineStarts[probe] > offset { return probe - 1 }
                if probe > high { return high }
                low = probe
            }
            return SortedSearch.last(in: low..<(high + 1), atOrBefore: offset) { lineStarts[$0] }
        }

        mutating func handle(_ family: KeywordFamily, _ start: Int, _ end: Int, _ output: inout Output) {
            if case .concept(let anchor) = family {
                anchors.append(AnchorHit(anchor: anchor, start: start))
                return
            }
            let view = view(at: start)
            guard end <= view.line.upperBound || family == .commentOpen || family == .privateKey else { return }
            switch family {
            case .concept:
                return
            case .rot13:
                guard options.rot13, lineNumber != rot13Line else { return }
                rot13Line = lineNumber
                decodeRot13(view, into: &output)
            case .reversedText:
                guard options.rot13, lineNumber != reversedLine else { return }
                reversedLine = lineNumber
                decodeReversed(view, into: &output)
            case .encodedText:
                guard lineNumber != encodedLine, Self.isEscape(view, start) else { return }
                encodedLine = lineNumber
                output.encodedLines.append(lineNumber)
            case .chatToken: TextMatchers.chatToken(view, start, end, into: &output.matches)
            case .commentOpen:
                guard options.comments, start >= commentCoveredUntil else { return }
                guard let comment = CommentScanner.comment(buffer, at: start) else {
                    commentCoveredUntil = start + 4
                    return
                }
                commentCoveredUntil = comment.range.upperBound
                if let oracle, oracle.isCode(start) || oracle.inCodeSpan(start) { return }
                output.comments.append(comment)
            case .collectorHost: TextMatchers.collectorHost(view, start, end, into: &output.matches)
            case .download, .base64: shell(family, view, start, end, &output)
            case .keyFile: ShellMatchers.keyFile(view, start, end, into: &output.matches)
            case .secretCommand: ShellMatchers.secretCommand(view, start, end, into: &output.matches)
            case .persistenceWord: ShellMatchers.persistenceWord(view, start, end, into: &output.matches)
            case .rcFile: ShellMatchers.rcFile(view, start, end, into: &output.matches)
            case .packageScript: ShellMatchers.packageScript(view, start, end, into: &output.matches)
            case .tlsOff:
                let first = output.matches.count
                ShellMatchers.tlsOff(view, start, end, into: &output.matches)
                for index in first..<output.matches.count { RemoteScriptSeverity.judgeTLSOff(&output.matches[index], buffer, line: view.line) }
            case .configSet: ShellMatchers.configSet(view, start, end, into: &output.matches)
            case .gitGlobal: ShellMatchers.gitGlobal(view, start, end, into: &output.matches)
            case .padding:
                guard start >= paddingCoveredUntil else { return }
                let lastVisible = view.skipSpacesBackward(view.line.upperBound)
                if lastVisible <= end { return }
                if let oracle, oracle.isCode(start) { return }
                paddingCoveredUntil = TextMatchers.padding(view, start, end, into: &output.matches)
            case .css:
                guard let match = TextMatchers.hiddenCSS(view, start, end) else { return }
                if let oracle {
                    guard !oracle.isCode(start), !oracle.inCodeSpan(start),
                          TextMatchers.isInsideTag(view, start) || oracle.isHTML(start) else { return }
                } else if !TextMatchers.isInsideTag(view, start) {
                    return
                }
                output.matches.append(match)
            case .remove: ShellMatchers.remove(view, start, end, into: &output.matches)
            case .gitPush: ShellMatchers.git(view, start, end, reset: false, into: &output.matches)
            case .gitReset: ShellMatchers.git(view, start, end, reset: true, into: &output.matches)
            case .autoApprove:
                let first = output.matches.count
                ShellMatchers.autoApprove(view, start, end, into: &output.matches)
                for index in first..<output.matches.count {
                    RemoteScriptSeverity.judgeApprovalFlag(&output.matches[index], buffer, line: view.line, joinLines: options.joinLines)
                }
            case .secret(let index): SecretScanner.provider(view, index, start, into: &output.matches)
            case .genericSecret: SecretScanner.generic(view, start, end, into: &output.matches)
            case .urlCredentials: SecretScanner.urlCredentials(view, start, into: &output.matches)
            case .privateKey: SecretScanner.privateKey(buffer, start, into: &output.matches)
            }
        }

        /// H6 matchers on the command at `start`, over the whole `\`-continued command when the
        /// line goes on; remote scripts then get the severity their surroundings give them.
        private mutating func shell(_ family: KeywordFamily, _ view: LineView, _ start: Int, _ end: Int, _ output: inout Output) {
            var found: [TextMatch] = []
            if let joined = ShellContinuation.join(view) {
                joined.bytes.withUnsafeBufferPointer { scratch in
                    let joinedView = LineView(bytes: scratch, line: 0..<scratch.count)
                    let base = joined.base
                    if family == .download {
                        ShellMatchers.download(joinedView, start - base, end - base, into: &found)
                    } else {
                        ShellMatchers.base64(joinedView, start - base, end - base, into: &found)
                    }
                    for index in found.indices {
                        found[index].range = (found[index].range.lowerBound + base)..<(found[index].range.upperBound + base)
                    }
                }
            } else if family == .download {
                ShellMatchers.download(view, start, end, into: &found)
            } else {
                ShellMatchers.base64(view, start, end, into: &found)
            }
            for var match in found {
                if match.rule == .remoteScript, !RemoteScriptSeverity.adjust(&match, buffer, line: view.line, joinLines: options.joinLines) {
                    continue
                }
                output.matches.append(match)
            }
        }

        /// Rotates the line back from rot13 and reports what it says where it stands.
        private func decodeRot13(_ view: LineView, into output: inout Output) {
            let decoded = Rot13.rotate(UnsafeBufferPointer(rebasing: buffer[view.line]))
            let inner = HeuristicPass.run(decoded, lineStarts: [0], Options(joinLines: false)).matches
            for var match in inner where match.rule != .encodedBlob {
                match.range = (match.range.lowerBound + view.line.lowerBound)..<(match.range.upperBound + view.line.lowerBound)
                match.message += " (hidden: visible only after decoding rot13)"
                output.matches.append(match)
            }
        }

        /// Reads the line backwards and reports what it says over the whole line (offsets do not
        /// map letter for letter, so the finding covers the line).
        private func decodeReversed(_ view: LineView, into output: inout Output) {
            let decoded = Rot13.reversed(UnsafeBufferPointer(rebasing: buffer[view.line]))
            let inner = HeuristicPass.run(decoded, lineStarts: [0], Options(joinLines: false)).matches
            for var match in inner where match.rule != .encodedBlob {
                match.range = view.line
                match.message += " (hidden: written backwards)"
                output.matches.append(match)
            }
        }

        /// `%` and two hex digits, or `&#` and a digit or `x`.
        private static func isEscape(_ view: LineView, _ start: Int) -> Bool {
            guard start + 2 < view.line.upperBound else { return false }
            let first = view.bytes[start + 1]
            let second = view.bytes[start + 2]
            if view.bytes[start] == 0x26 { return (second >= 0x30 && second <= 0x39) || second | 0x20 == 0x78 }
            return ByteSet.hex.contains(first) && ByteSet.hex.contains(second)
        }
    }
}
