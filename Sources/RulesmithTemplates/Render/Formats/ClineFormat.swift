/// Cline `.clinerules/<rule>.md`, one file per rule. Cline loads every rule file unless its
/// `paths` frontmatter scopes it, so:
/// - always: no frontmatter;
/// - globs: `paths:` as a YAML list of quoted globs (the form Cline's docs show);
/// - description-requested: no frontmatter, the body introduced by the line saying when it
///   applies (Cline has no "the model decides" mode, so the file loads on every task and
///   counts in Cline's always-on size); stack guidance of that kind (rendered with the
///   repository's facts) is left out with a note, as in `claude-rules`, so it cannot make the
///   always-on text grow back;
/// - manual: left out with a note; Cline has no rule that loads only on request.
enum ClineFormat: TargetFormat {
    static let name = "cline"
    static let loadedOnEveryTask: Set<Activation> = [.always, .descriptionRequested]

    static func render(_ rules: [TargetRule], context: RenderContext, notes: inout [RenderNote]) -> [RenderedFile] {
        var files: [RenderedFile] = []
        for rule in rules {
            // Stack guidance is loaded on demand everywhere else; here it would load on every task.
            if rule.guidance, rule.activation == .descriptionRequested {
                notes.append(RenderNote(
                    target: name, rule: rule.name,
                    message: "\(rule.name) is guidance with no globs and is left out: a .clinerules file without paths loads on every task"))
                continue
            }
            guard rule.activation != .manual else {
                notes.append(RenderNote(
                    target: name, rule: rule.name,
                    message: "\(rule.name) is a manual rule and is left out: Cline loads every rule file, so it would become always-on"))
                continue
            }
            guard let path = context.target.rulePath(rule.id) else { continue }
            var builder = RenderedFileBuilder()
            builder.appendPreamble(frontmatter: frontmatter(rule), sources: [rule.name])
            builder.appendRule(rule, introduced: rule.activation == .descriptionRequested)
            files.append(builder.file(path: path, target: name))
        }
        return files
    }

    static func frontmatter(_ rule: TargetRule) -> [FrontmatterWriter.Field] {
        let generated: [FrontmatterWriter.Field] = rule.activation == .globs
            ? [.init(key: "paths", value: FrontmatterWriter.blockList(rule.globs))]
            : []
        return FrontmatterWriter.merge(generated, overrides: rule.frontmatter)
    }
}
