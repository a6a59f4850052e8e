/// The llms.txt rule family, LT001–LT083 (the proposal's format), then the `--compat
/// reference` predictions REF001–REF008.
public enum LLMSTxtRules {
    public static let all: [any Rule] = [
        NotUTF8Rule(), ByteOrderMarkRule(), EmptyFileRule(), MissingH1Rule(), ContentBeforeH1Rule(),
        MultipleH1Rule(), SetextH1Rule(), HeadingWithoutSpaceRule(), EmptyH1Rule(),
        MissingSummaryRule(), SummaryNotFirstRule(), MultilineSummaryRule(), SummaryBeforeSectionRule(),
        HeadingInDetailsRule(), HeadingInSectionRule(), H1AfterSectionsRule(),
        SectionWithoutLinksRule(), DuplicateSectionRule(), MalformedSectionNameRule(),
        OptionalSectionNameRule(), OptionalNotLastRule(), LinksInDetailsRule(),
        ProseInSectionRule(), ItemWithoutLinkRule(), TextBeforeLinkRule(), NonDashMarkerRule(),
        NestedListRule(), WrappedItemRule(), NotesWithoutColonRule(), EmptyNotesRule(),
        EmptyLinkRule(), RelativeURLRule(), NonWebSchemeRule(), AmbiguousLinkSyntaxRule(),
        DuplicateURLRule(), NonMarkdownTargetRule(), PlainHTTPRule(),
        BogusSectionLineRule(), FileTooLargeRule(), HTMLDocumentRule(), RobotsDirectiveRule(), UnfilledTemplateRule(), GeneratorShapeRule(),
        ReferenceCrashRule(), ReferenceSummaryLostRule(), ReferenceBogusSectionRule(),
        ReferenceLinkAlteredRule(), ReferenceTextDroppedRule(), ReferenceSectionOverwrittenRule(),
        ReferenceNameAlteredRule(), ReferenceSectionMissedRule(),
    ]
}
