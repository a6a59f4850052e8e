/// The links that open section items, the ones tools fetch.
extension LLMSTxtStructure {
    /// Each item of a section's own list (not a nested one, which LT044 reports) that starts
    /// with a CommonMark link, with that link.
    var itemLinks: [(section: LLMSTxtSection, item: LLMSTxtItem, link: InlineLink)] {
        var output: [(LLMSTxtSection, LLMSTxtItem, InlineLink)] = []
        for section in sections {
            for item in section.items where item.linkStartsItem && item.nesting == 0 {
                if let link = item.link, !link.isImage { output.append((section, item, link)) }
            }
        }
        return output
    }
}
