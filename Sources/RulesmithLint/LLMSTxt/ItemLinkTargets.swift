/// The target of each of `LLMSTxtStructure.itemLinks` (same order), classified once for the
/// link rules (LT051, LT052, LT055, LT056) instead of once per rule.
struct ItemLinkTargets: DocumentAnalysis {
    let targets: [LinkTarget]

    init(_ document: LintDocument) {
        let bytes = document.source.bytes
        targets = document.llmsTxt.itemLinks.map { LinkTarget(bytes, $0.destinationRange) }
    }
}
