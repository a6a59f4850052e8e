/// How the always-loaded instruction files (`AGENTS.md`, `CLAUDE.md`, `GEMINI.md`,
/// `.cursorrules`) hold a rule set. They have no frontmatter, so every rule goes in, and a rule
/// that is not always-on is introduced by a line saying when it applies (`Applies to files
/// matching …`, `Applies when relevant to: …`) rather than being silently made always-on.
///
/// - Order: always-on rules first, then glob-scoped, then description-requested, each group in
///   chain order; then the rules repository overlays add, in the same order. What applies
///   everywhere reads first, and an editor that truncates keeps it.
/// - Manual rules are left out, with a note: a file that is always loaded cannot hold a rule that
///   should load only when someone asks for it, and pasting it in would make it always-on.
/// - Bodies are kept verbatim, each with its own `#` heading (no extra title, no demoted
///   headings), so a rule reads the same in every target and a hand edit inside a rule maps
///   back onto its template byte for byte.
/// - Nesting (`nested: true`): a rule whose globs all stay inside one folder goes to that
///   folder's file (see `FolderScope`); the root file keeps the rest. A folder with no rule gets
///   no file.
enum SingleFileLayout {
    /// One file's worth of rules.
    struct Group {
        /// `""` for the repository root.
        var folder: String
        var rules: [TargetRule]
    }

    /// The rules grouped by folder (root first, then folders in byte order), ordered as above.
    static func plan(_ rules: [TargetRule], nested: Bool) -> [Group] {
        var byFolder: [String: [TargetRule]] = [:]
        for rule in rules where rule.activation != .manual {
            let folder = nested && rule.activation == .globs ? FolderScope.folder(of: rule.globs) : ""
            // Guidance is loaded on demand: in a nested file of its folder, never in the root one.
            if rule.guidance, folder.isEmpty { continue }
            byFolder[folder, default: []].append(rule)
        }
        return byFolder.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { folder in
            Group(folder: folder, rules: ordered(byFolder[folder]!))
        }
    }

    /// Always-on, then glob-scoped, then description-requested; stable within each.
    static func ordered(_ rules: [TargetRule]) -> [TargetRule] {
        func rank(_ activation: Activation) -> Int {
            switch activation {
            case .always: 0
            case .globs: 1
            case .descriptionRequested: 2
            case .manual: 3
            }
        }
        // A rule a repository overlay adds (an adopted edit) reads after every stack rule, as its
        // own section, never in the middle under a stack rule's heading.
        func key(_ item: (offset: Int, element: TargetRule)) -> (Int, Int, Int) {
            (item.element.added ? 1 : 0, rank(item.element.activation), item.offset)
        }
        return rules.enumerated().sorted { key($0) < key($1) }.map(\.element)
    }

    /// `fileName` inside `folder`.
    static func path(_ fileName: String, in folder: String) -> String {
        folder.isEmpty ? fileName : folder + "/" + fileName
    }

    /// The rendered files of one single-file target.
    static func files(
        _ rules: [TargetRule], fileName: String, nested: Bool, target: String, notes: inout [RenderNote]
    ) -> [RenderedFile] {
        noteManualRules(rules, fileName: fileName, target: target, notes: &notes)
        noteGuidance(rules, fileName: fileName, nested: nested, target: target, notes: &notes)
        return plan(rules, nested: nested).map { group in
            document(group.rules).file(path: path(fileName, in: group.folder), target: target)
        }
    }

    /// The generated-by line, then every rule with its introduction.
    static func document(_ rules: [TargetRule]) -> RenderedFileBuilder {
        var builder = RenderedFileBuilder()
        builder.append(GeneratedHeader.line(from: GeneratedHeader.stacks(of: rules)))
        for rule in rules { builder.appendRule(rule, introduced: true) }
        return builder
    }

    /// One note for the stack guidance a single file leaves out of its root (always loaded).
    static func noteGuidance(_ rules: [TargetRule], fileName: String, nested: Bool, target: String, notes: inout [RenderNote]) {
        let left = rules.filter { $0.guidance && $0.activation != .manual && !(nested && $0.activation == .globs && !FolderScope.folder(of: $0.globs).isEmpty) }
        guard !left.isEmpty else { return }
        notes.append(RenderNote(
            target: target,
            message: "\(left.count) guidance rule\(left.count == 1 ? "" : "s") kept out of \(fileName), which is always loaded "
                + "(\(left.map(\.name).joined(separator: ", "))); targets that load rules on demand (cursor, claude-rules, copilot, windsurf, cline, kiro) carry them"))
    }

    /// One note per manual rule a single-file target leaves out.
    static func noteManualRules(_ rules: [TargetRule], fileName: String, target: String, notes: inout [RenderNote]) {
        for rule in rules where rule.activation == .manual {
            notes.append(RenderNote(
                target: target, rule: rule.name,
                message: "\(rule.name) is a manual rule (no alwaysApply, globs or description) and is left out: \(fileName) is always loaded, so it would become always-on"))
        }
    }
}
