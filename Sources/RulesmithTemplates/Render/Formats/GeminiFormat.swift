/// `GEMINI.md`: Gemini CLI loads the root file and a subfolder's file when it works there, so
/// the layout is AGENTS.md's, nesting included. It is a full copy even beside AGENTS.md:
/// Gemini's `@file` imports are unconfirmed (Gemini CLI's documentation does not say it follows them), and Gemini reads AGENTS.md
/// only when `.gemini/settings.json` says so, which is the user's choice, not the renderer's.
enum GeminiFormat: TargetFormat {
    static let name = "gemini"

    static func render(_ rules: [TargetRule], context: RenderContext, notes: inout [RenderNote]) -> [RenderedFile] {
        guard let fileName = context.target.sharedPath else { return [] }
        return SingleFileLayout.files(rules, fileName: fileName, nested: true, target: name, notes: &notes)
    }
}
