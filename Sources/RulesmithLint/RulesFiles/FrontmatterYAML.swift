import RulesmithText
import Yams

/// The guarded hand-off to Yams for the nested parts of frontmatter that the lenient reader does
/// not interpret: bounded anchors and aliases (no alias bombs), errors mapped to file lines.
enum FrontmatterYAML {
    /// More anchors and aliases than this are refused rather than handed to a YAML composer.
    static let maximumAnchorsAndAliases = 16

    /// The first problem Yams finds in `lines` (0-based, inclusive), or nil when they are valid YAML.
    static func check(_ source: SourceText, lines: ClosedRange<Int>) -> FrontmatterError? {
        let start = source.lineStarts[lines.lowerBound]
        let end = source.contentRange(ofLine: lines.upperBound).upperBound
        let text = source.string(start..<end)
        let anchors = countAnchorsAndAliases(source.bytes[start..<end])
        if anchors > maximumAnchorsAndAliases {
            return FrontmatterError(
                message: "frontmatter uses \(anchors) YAML anchors and aliases; more than \(maximumAnchorsAndAliases) is refused (alias-bomb guard)",
                range: source.contentRange(ofLine: lines.lowerBound), line: lines.lowerBound + 1)
        }
        do {
            _ = try Yams.compose(yaml: text)
            return nil
        } catch let error as YamlError {
            let (problem, relativeLine) = describe(error)
            let line = min(lines.upperBound, lines.lowerBound + max(0, relativeLine - 1))
            return FrontmatterError(
                message: "line \(line + 1): \(problem)", range: source.contentRange(ofLine: line), line: line + 1)
        } catch {
            return FrontmatterError(
                message: "line \(lines.lowerBound + 1): not valid YAML", range: source.contentRange(ofLine: lines.lowerBound),
                line: lines.lowerBound + 1)
        }
    }

    /// `&name` and `*name` tokens: an anchor or alias starts after a blank, `[`, `{`, `,` or `-`.
    static func countAnchorsAndAliases(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var previous: UInt8 = 0x20
        var quote: UInt8?
        for byte in bytes {
            if let open = quote {
                if byte == open || byte == 0x0A { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x26 || byte == 0x2A,
                      [0x20, 0x09, 0x0A, 0x0D, 0x5B, 0x7B, 0x2C, 0x2D, 0x3A].contains(previous) {
                count += 1
            }
            previous = byte
        }
        return count
    }

    private static func describe(_ error: YamlError) -> (String, Int) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return (problem, mark.line)
        case .reader(let problem, _, _, _):
            return (problem, 1)
        default:
            return ("not valid YAML", 1)
        }
    }
}
