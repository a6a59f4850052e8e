/// `AGENTS.md`: the root file plus one per folder that glob-scoped rules are confined to
/// (`app/AGENTS.md` for `app/**/*.tsx`), since agents read the nearest AGENTS.md to the file
/// they edit (Codex reads them root to leaf). Layout as `SingleFileLayout` describes.
enum AgentsFormat: TargetFormat {
    static let name = "agents"

    static func render(_ rules: [TargetRule], context: RenderContext, notes: inout [RenderNote]) -> [RenderedFile] {
        guard let fileName = context.target.sharedPath else { return [] }
        return SingleFileLayout.files(rules, fileName: fileName, nested: true, target: name, notes: &notes)
    }
}
