/// Windsurf `.windsurf/rules/<rule>.md`, one file per rule, activation in `trigger`:
/// - always: `trigger: always_on`;
/// - globs: `trigger: glob` with `globs: a,b` (comma-separated, unquoted, as for Cursor: the
///   shape Windsurf reads is unconfirmed, and this is the form its rule editor writes);
/// - description-requested: `trigger: model_decision` with the `description`;
/// - manual: `trigger: manual` (mentioned with `@rule`).
/// Only the keys each trigger uses are written. Each file is within Windsurf's 12,000-character
/// budget or the render fails (`BudgetCheck`).
enum WindsurfFormat: TargetFormat {
    static let name = "windsurf"

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
        let generated: [FrontmatterWriter.Field] = switch rule.activation {
        case .always: [.init(key: "trigger", value: "always_on")]
        case .globs: [.init(key: "trigger", value: "glob"), .init(key: "globs", value: GlobText.commaList(rule.globs))]
        case .descriptionRequested:
            [.init(key: "trigger", value: "model_decision"), .init(key: "description", value: YAMLScalar.scalar(rule.description ?? ""))]
        case .manual: [.init(key: "trigger", value: "manual")]
        }
        return FrontmatterWriter.merge(generated, overrides: rule.frontmatter)
    }
}
