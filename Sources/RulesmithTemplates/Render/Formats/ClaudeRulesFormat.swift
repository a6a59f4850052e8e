/// Claude Code `.claude/rules/<rule>.md`, one file per rule. Claude loads a rule file at launch
/// unless its `paths:` frontmatter scopes it to the files it reads, so:
/// - globs: `paths:` as a YAML list of quoted globs, loaded when Claude reads a matching file;
/// - always: no frontmatter, unless the `claude` target is rendered too (CLAUDE.md already holds
///   it, and Claude would read it twice);
/// - description-requested and manual: left out with a note; a rule file without `paths` loads
///   on every task, which would make it always-on.
enum ClaudeRulesFormat: TargetFormat {
    static let name = "claude-rules"

    static func render(_ rules: [TargetRule], context: RenderContext, notes: inout [RenderNote]) -> [RenderedFile] {
        let claudeFileToo = context.rulesByTarget[ClaudeFormat.name] != nil
        var files: [RenderedFile] = []
        for rule in rules {
            switch rule.activation {
            case .descriptionRequested, .manual:
                notes.append(RenderNote(
                    target: name, rule: rule.name,
                    message: "\(rule.name) has no globs and is left out: a .claude/rules file without paths loads on every task"))
                continue
            case .always where claudeFileToo:
                continue
            case .always, .globs:
                break
            }
            guard let path = context.target.rulePath(rule.id) else { continue }
            var builder = RenderedFileBuilder()
            builder.appendPreamble(frontmatter: frontmatter(rule), sources: [rule.name])
            builder.appendRule(rule, introduced: false)
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
