/// GitHub Copilot: `.github/copilot-instructions.md` for what applies to every request, and
/// `.github/instructions/<rule>.instructions.md` for what applies to some files.
/// - always: into copilot-instructions.md;
/// - description-requested: also into copilot-instructions.md, introduced by the line saying
///   when it applies; Copilot has no "the model decides" mode, and an `.instructions.md` file
///   without `applyTo` would never load on its own;
/// - globs: an `.instructions.md` file with `applyTo: "a,b"` (one quoted comma-separated
///   string, as Copilot documents it) and the `description`;
/// - manual: an `.instructions.md` file without `applyTo`, which Copilot loads only when someone
///   attaches it, the closest it has to a manual rule (CP001 notes the missing applyTo);
/// - a rule with copilot frontmatter overrides (`excludeAgent: code-review`) needs a file of
///   its own to carry them: always and description-requested ones get `applyTo: "**"`;
/// - guidance (rendered with the repository's facts, not essential): a file of its own, with
///   `applyTo` only for its globs, so it never joins the always-loaded file.
enum CopilotFormat: TargetFormat {
    static let name = "copilot"

    static func render(_ rules: [TargetRule], context: RenderContext, notes: inout [RenderNote]) -> [RenderedFile] {
        var shared: [TargetRule] = []
        var files: [RenderedFile] = []
        for rule in rules {
            // Guidance (rendered with facts, not essential) never joins the always-loaded file.
            let ownFile = rule.activation == .globs || rule.activation == .manual || !rule.frontmatter.isEmpty || rule.guidance
            guard ownFile else {
                shared.append(rule)
                continue
            }
            guard let path = context.target.rulePath(rule.id) else { continue }
            var builder = RenderedFileBuilder()
            builder.appendPreamble(frontmatter: frontmatter(rule), sources: [rule.name])
            builder.appendRule(rule, introduced: rule.activation == .descriptionRequested)
            files.append(builder.file(path: path, target: name))
        }
        if !shared.isEmpty, let path = context.target.sharedPath {
            files.append(SingleFileLayout.document(SingleFileLayout.ordered(shared)).file(path: path, target: name))
        }
        return files
    }

    static func frontmatter(_ rule: TargetRule) -> [FrontmatterWriter.Field] {
        var generated: [FrontmatterWriter.Field] = []
        if let description = rule.description, !description.isEmpty {
            generated.append(FrontmatterWriter.Field(key: "description", value: YAMLScalar.scalar(description)))
        }
        switch rule.activation {
        case .globs:
            generated.append(FrontmatterWriter.Field(key: "applyTo", value: YAMLScalar.quoted(GlobText.commaList(rule.globs))))
        case .always, .descriptionRequested:
            // Guidance without globs is attached on demand, like a manual rule.
            if !rule.guidance { generated.append(FrontmatterWriter.Field(key: "applyTo", value: YAMLScalar.quoted("**"))) }
        case .manual:
            break
        }
        return FrontmatterWriter.merge(generated, overrides: rule.frontmatter)
    }
}
