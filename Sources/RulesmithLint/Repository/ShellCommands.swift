import RulesmithText

/// The shell commands a rules file writes in code (inline code spans and code blocks), split at
/// `&&`, `||`, `;`, `|`, parentheses and line ends, each word with its byte range; `#` comments
/// are dropped. Prose is not read: "make sure" is English, `make sure` is a command.
struct ShellCommands: ShareableAnalysis {
    /// One word of a command and where it stands in the document.
    struct Word {
        var text: String
        var range: Range<Int>
    }

    /// The words of one command, a leading `$ ` prompt dropped.
    let commands: [[Word]]

    init(_ document: LintDocument) {
        let source = document.source
        let markdown = document.analysis(MarkdownDocument.self)
        var ranges: [Range<Int>] = []
        for block in markdown.blocks {
            if block.isCode {
                for line in block.lines {
                    let range = source.contentRange(ofLine: line)
                    let text = source.bytes[range].drop { $0 == 0x20 || $0 == 0x09 }
                    if text.starts(with: Array("```".utf8)) || text.starts(with: Array("~~~".utf8)) { continue }
                    ranges.append(range)
                }
            } else if block.isParagraph || block.headingLevel != nil {
                for span in MarkdownInline.codeSpans(source.bytes, in: block.contentRange) {
                    var lower = span.lowerBound
                    var upper = span.upperBound
                    while lower < upper, source.bytes[lower] == 0x60 { lower += 1 }
                    while upper > lower, source.bytes[upper - 1] == 0x60 { upper -= 1 }
                    ranges.append(lower..<upper)
                }
            }
        }
        var commands: [[Word]] = []
        for range in ranges { Self.split(source.bytes, range, into: &commands) }
        self.commands = commands
    }

    private static func split(_ bytes: [UInt8], _ range: Range<Int>, into commands: inout [[Word]]) {
        var words: [Word] = []
        var start: Int?
        func endWord(_ end: Int) {
            if let begin = start, begin < end {
                words.append(Word(text: String(decoding: bytes[begin..<end], as: UTF8.self), range: begin..<end))
            }
            start = nil
        }
        func endCommand() {
            if words.first?.text == "$" { words.removeFirst() }
            if !words.isEmpty { commands.append(words) }
            words = []
        }
        var inComment = false
        for index in range {
            if inComment {
                if bytes[index] == 0x0A { inComment = false }
                continue
            }
            switch bytes[index] {
            case UInt8(ascii: "#") where start == nil:
                // A shell comment runs to the end of the line.
                endCommand()
                inComment = true
            case 0x20, 0x09, 0x0D:
                endWord(index)
            case 0x0A, UInt8(ascii: ";"), UInt8(ascii: "|"), UInt8(ascii: "&"), UInt8(ascii: "("), UInt8(ascii: ")"):
                endWord(index)
                endCommand()
            default:
                if start == nil { start = index }
            }
        }
        endWord(range.upperBound)
        endCommand()
    }
}
