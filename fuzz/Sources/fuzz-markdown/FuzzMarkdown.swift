import FuzzSupport
import RulesmithLint
import RulesmithText

/// The Markdown block scanner, the inline scanner and the llms.txt structure, then every llms.txt
/// rule end to end (with the reference-parser predictions on for half the inputs).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzLint.bytes(data, size)
    let source = SourceText(bytes: bytes)
    let markdown = MarkdownDocument(source)
    for block in markdown.blocks {
        FuzzLint.require(block.range.upperBound <= bytes.count, "block past the end")
    }
    let odd = (bytes.last ?? 0) & 1 == 1
    let options = LintOptions(profile: odd ? .v1 : .v2, compat: odd ? .reference : nil)
    FuzzLint.run(bytes, kind: .llmsTxt, options: options)
    return 0
}
