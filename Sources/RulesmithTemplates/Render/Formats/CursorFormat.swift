/// Cursor `.cursor/rules/<rule>.mdc`: one file per rule, activation in the three keys Cursor
/// reads, always all three and in the order Cursor's own editor writes them:
/// - always: `alwaysApply: true` (empty `globs:`);
/// - globs (Auto Attached): `globs: a,b` as an unquoted comma-separated string, which is what
///   Cursor writes (lists and quoted forms are disputed upstream); brace groups with commas are
///   expanded so no pattern holds a comma;
/// - description-requested (Agent Requested): `description` only;
/// - manual: all three empty/false, so the rule loads when someone types `@rule`.
/// The description is written for glob rules too: Cursor shows it and it costs nothing.
enum CursorFormat: TargetFormat {
    static let name = "cursor"

    static func render(_ rules: [TargetRule], context: RenderContext, notes: inout [RenderNote]) -> [RenderedFile] {
        rules.compactMap { rule in
            guard let path = context.target.rulePath(rule.id) else { return nil }
            var builder = RenderedFileBuilder()
            builder.appendPreamble(frontmatter: frontmatter(rule), sources: [rule.name])
            builder.appendRule(rule, introduced: false)
            return builder.file(path: path, target: name)
        }
    }

    static func frontmatter(_ rule: TargetRule) -> [FrontmatterWriter.Field] {
        let globs = rule.activation == .globs ? GlobText.commaList(rule.globs) : ""
        let generated = [
            FrontmatterWriter.Field(key: "description", value: rule.description.map(YAMLScalar.scalar) ?? ""),
            FrontmatterWriter.Field(key: "globs", value: globs),
            FrontmatterWriter.Field(key: "alwaysApply", value: rule.activation == .always ? "true" : "false"),
        ]
        return FrontmatterWriter.merge(generated, overrides: rule.frontmatter)
    }
}
