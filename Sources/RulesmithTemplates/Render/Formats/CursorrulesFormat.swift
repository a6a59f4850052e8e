/// The legacy `.cursorrules`: one always-loaded file at the root (Cursor reads no nested
/// `.cursorrules`), laid out like every single-file target (`SingleFileLayout`).
enum CursorrulesFormat: TargetFormat {
    static let name = "cursorrules"

    static func render(_ rules: [TargetRule], context: RenderContext, notes: inout [RenderNote]) -> [RenderedFile] {
        guard let path = context.target.sharedPath else { return [] }
        return SingleFileLayout.files(rules, fileName: path, nested: false, target: name, notes: &notes)
    }
}
