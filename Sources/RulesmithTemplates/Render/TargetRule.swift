/// One rule as one target renders it: its activation after that target's `overrides`, its
/// description and body with variables substituted, and the extra frontmatter the overrides add.
struct TargetRule: Sendable, Hashable {
    /// `stack/rule` (`local/rule` for repository overlays).
    var name: String
    /// The rule ID, which names per-rule files.
    var id: String
    /// The stack the rule comes from.
    var stack: String
    var activation: Activation
    var description: String?
    var globs: [String]
    /// Normalized Markdown (see `RenderText.normalizedBody`); never empty.
    var body: [UInt8]
    /// Override keys other than `description`, `globs` and `alwaysApply`, rendered as YAML.
    var frontmatter: [FrontmatterWriter.Field]
    /// Stack guidance: loaded on demand, so it never goes in the root of an always-loaded file.
    var guidance = false
    /// A repository overlay adding a rule (an adopted edit): it renders after the stacks' rules.
    var added = false

    /// The line that tells a reader of an always-loaded file when this rule applies, or nil
    /// for rules that always apply. Glob rules name their patterns (repository-relative, as
    /// written in the template); description-requested rules quote their description, which
    /// is what the editors that load on demand would show the model.
    var appliesWhen: String? {
        switch activation {
        case .always, .manual:
            return nil
        case .globs:
            return "Applies to files matching \(RenderText.list(globs.map(RenderText.codeSpan), conjunction: "or"))."
        case .descriptionRequested:
            let text = description ?? ""
            let end = text.unicodeScalars.last.map { ".!?".unicodeScalars.contains($0) } ?? true
            return "Applies when relevant to: \(text)\(end ? "" : ".")"
        }
    }
}
