/// Kiro `.kiro/steering/<rule>.md`, one file per rule, activation in `inclusion`:
/// - always: `inclusion: always`;
/// - globs: `inclusion: fileMatch` with `fileMatchPattern`, a quoted string for one pattern and
///   a flow list for several (Kiro reads both);
/// - description-requested: `inclusion: auto` with the `name` (the rule ID) and `description`
///   Kiro requires to decide;
/// - manual: `inclusion: manual` (pulled in with `#rule`).
enum KiroFormat: TargetFormat {
    static let name = "kiro"

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
        let generated: [FrontmatterWriter.Field]
        switch rule.activation {
        case .always:
            generated = [.init(key: "inclusion", value: "always")]
        case .globs:
            let pattern = rule.globs.count == 1 ? YAMLScalar.quoted(rule.globs[0]) : FrontmatterWriter.flowList(rule.globs)
            generated = [.init(key: "inclusion", value: "fileMatch"), .init(key: "fileMatchPattern", value: pattern)]
        case .descriptionRequested:
            generated = [
                .init(key: "inclusion", value: "auto"), .init(key: "name", value: YAMLScalar.scalar(rule.id)),
                .init(key: "description", value: YAMLScalar.scalar(rule.description ?? "")),
            ]
        case .manual:
            generated = [.init(key: "inclusion", value: "manual")]
        }
        return FrontmatterWriter.merge(generated, overrides: rule.frontmatter)
    }
}
