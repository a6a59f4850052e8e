/// The body RF005 compares (the text after any frontmatter) and the hash standing for it: made
/// once per distinct text and handed to its identical copies with the other shared analyses, so
/// a monorepo's copies of one file are not hashed again for RF005.
struct InstructionsBody: ShareableAnalysis {
    let range: Range<Int>
    let hash: DuplicateInstructionsSummary.BodyHash

    init(_ document: LintDocument) {
        range = document.analysis(Frontmatter.self).bodyStart..<document.source.bytes.count
        hash = DuplicateInstructionsSummary.BodyHash(document.source.bytes[range])
    }
}
