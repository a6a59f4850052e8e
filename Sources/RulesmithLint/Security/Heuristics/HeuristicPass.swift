/// One run of the text heuristics and secret checks over a text (the scanned document, its
/// normalised copy, or a decoded blob): the keyword automaton finds candidates, then each family's
/// matcher checks its line.
enum HeuristicPass {
    struct Output {
        var matches: [TextMatch] = []
        var comments: [CommentSpan] = []
    }

    private static let families = Keywords.all.map(\.family)
    private static let lengths = Keywords.all.map(\.text.utf8.count)
    private static let isPadding = Keywords.all.map { $0.family == .padding }

    /// Runs every heuristic over `bytes`; `oracle` nil means no Markdown context (a decoded blob).
    static func run(_ bytes: [UInt8], lineStarts: [Int], oracle: PassOracle?, comments: Bool, blobs: Bool) -> Output {
        var output = Output()
        bytes.withUnsafeBufferPointer { buffer in
            var hits: [(keyword: Int, start: Int)] = []
            var lastPaddingEnd = -2
            // Locals, not the static lets: each static read in the per-hit closure was a
            // swift_once call. The automaton has already checked the keywords' word edges.
            let (families, lengths, isPadding) = (Self.families, Self.lengths, Self.isPadding)
            Keywords.automaton.scan(buffer) { keyword, end in
                let start = end - lengths[keyword]
                if isPadding[keyword] {
                    defer { lastPaddingEnd = end }
                    if end == lastPaddingEnd + 1 { return }
                }
                hits.append((keyword, start))
            }
            var state = State(buffer: buffer, lineStarts: lineStarts, oracle: oracle, comments: comments)
            for hit in hits { state.handle(families[hit.keyword], hit.start, hit.start + lengths[hit.keyword], &output) }
            if blobs { EncodedBlobs.scan(buffer, rescan: true, into: &output.matches) }
        }
        var seen = Set<Int>()
        output.matches = output.matches.filter { seen.insert($0.range.lowerBound &* 16 &+ $0.rule.rawValue).inserted }
        return output
    }

    private struct State {
        let buffer: UnsafeBufferPointer<UInt8>
        let lineStarts: [Int]
        let oracle: PassOracle?
        let comments: Bool
        var line: Range<Int> = 0..<0
        var lineKnown = false
        /// The 0-based index of `line` (valid when `lineKnown`).
        var lineNumber = 0
        var commentCoveredUntil = 0
        var paddingCoveredUntil = 0
        var phrases = PhraseMatcher()

        init(buffer: UnsafeBufferPointer<UInt8>, lineStarts: [Int], oracle: PassOracle?, comments: Bool) {
            self.buffer = buffer
            self.lineStarts = lineStarts
            self.oracle = oracle
            self.comments = comments
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
            var high = lineStarts.count - 1
            if lineKnown, lineStarts[lineNumber] <= offset {
                var probe = lineNumber + 1
                let stop = min(high + 1, lineNumber + 9)
                while probe < stop, lineStarts[probe] <= offset { probe += 1 }
                if probe <= high, lineStarts[probe] > offset { return probe - 1 }
                if probe > high { return high }
                low = probe
            }
            while low < high {
                let mid = (low + high + 1) / 2
                if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
            }
            return low
        }

        mutating func handle(_ family: KeywordFamily, _ start: Int, _ end: Int, _ output: inout Output) {
            let view = view(at: start)
            guard end <= view.line.upperBound || family == .commentOpen || family == .privateKey else { return }
            switch family {
            case .phrase(let rule, let index):
                guard !view.isWord(end) else { return }
                let phrase = InstructionPhrases.phrases(for: rule)[index]
                if let range = phrases.match(phrase, view, at: start) {
                    output.matches.append(TextMatch(rule: rule, range: range, message: Self.phraseMessage(rule, view, range), severity: nil))
                }
            case .chatToken: TextMatchers.chatToken(view, start, end, into: &output.matches)
            case .commentOpen:
                guard comments, start >= commentCoveredUntil else { return }
                guard let comment = CommentScanner.comment(buffer, at: start) else {
                    commentCoveredUntil = start + 4
                    return
                }
                commentCoveredUntil = comment.range.upperBound
                if let oracle, oracle.isCode(start) || oracle.inCodeSpan(start) { return }
                output.comments.append(comment)
            case .collectorHost: TextMatchers.collectorHost(view, start, end, into: &output.matches)
            case .download: ShellMatchers.download(view, start, end, into: &output.matches)
            case .base64: ShellMatchers.base64(view, start, end, into: &output.matches)
            case .keyFile: ShellMatchers.keyFile(view, start, end, into: &output.matches)
            case .secretCommand: ShellMatchers.secretCommand(view, start, end, into: &output.matches)
            case .persistenceWord: ShellMatchers.persistenceWord(view, start, end, into: &output.matches)
            case .rcFile: ShellMatchers.rcFile(view, start, end, into: &output.matches)
            case .packageScript: ShellMatchers.packageScript(view, start, end, into: &output.matches)
            case .tlsOff: ShellMatchers.tlsOff(view, start, end, into: &output.matches)
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
            case .autoApprove: ShellMatchers.autoApprove(view, start, end, into: &output.matches)
            case .secret(let index): SecretScanner.provider(view, index, start, into: &output.matches)
            case .genericSecret: SecretScanner.generic(view, start, end, into: &output.matches)
            case .urlCredentials: SecretScanner.urlCredentials(view, start, into: &output.matches)
            case .privateKey: SecretScanner.privateKey(buffer, start, into: &output.matches)
            }
        }

        private static func phraseMessage(_ rule: HeuristicRule, _ view: LineView, _ range: Range<Int>) -> String {
            let quoted = "'\(view.excerpt(range))'"
            switch rule {
            case .override: return "\(quoted) tells the model to drop the instructions it was given (prompt injection)"
            case .concealment: return "\(quoted) tells the model to hide what it does from the user"
            case .hijack: return "\(quoted) tries to give the model a new role or new instructions"
            case .exfiltration: return "\(quoted) asks for secrets to be sent somewhere"
            default: return "\(quoted) tells the agent to act without asking for confirmation"
            }
        }
    }
}
