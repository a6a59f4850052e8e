import RulesmithEditors

/// The `skills` target: every skill of the chain copied, file for file and with its scripts'
/// executable mode, into the skills folder of each editor rendered alongside: `.claude/skills/`
/// for Claude Code, `.agents/skills/` for Codex (and the clients that read the shared folder),
/// `.github/skills/` for Copilot when neither of those is written (VS Code reads all three, so
/// one copy is enough), and `.cursor/skills/`, `.gemini/skills/`, `.kiro/skills/` for Cursor,
/// Gemini CLI and Kiro: only secondary sources place their skills there (agent-surface.md [S8]),
/// and none shows that they read a shared folder, so each gets its own copy. With none of those
/// editors, `.agents/skills/`. A later stack's skill replaces an earlier one of the same name.
enum SkillsFormat: TargetFormat {
    static let name = "skills"

    /// Skills folder → the targets whose editors read it.
    static let folders: [(folder: String, editors: [String])] = [
        (".claude/skills", ["claude", "claude-rules"]),
        (".agents/skills", ["agents"]),
        (".github/skills", ["copilot"]),
        (".cursor/skills", ["cursor", "cursorrules"]),
        (".gemini/skills", ["gemini"]),
        (".kiro/skills", ["kiro"]),
    ]

    static func render(_ rules: [TargetRule], context: RenderContext, notes: inout [RenderNote]) -> [RenderedFile] {
        guard !context.skills.isEmpty else {
            notes.append(RenderNote(target: name, message: "no stack of the render has skills (skills/<name>/SKILL.md); nothing rendered"))
            return []
        }
        let rendered = Set(context.rulesByTarget.keys)
        var chosen = folders.filter { !rendered.isDisjoint(with: $0.editors) }.map(\.folder)
        if chosen.contains(".github/skills"), chosen.count > 1 { chosen.removeAll { $0 == ".github/skills" } }
        if chosen.isEmpty { chosen = [".agents/skills"] }
        var files: [RenderedFile] = []
        for folder in chosen {
            for (stack, skill) in context.skills {
                for path in skill.sortedPaths {
                    files.append(RenderedFile(
                        path: "\(folder)/\(skill.name)/\(path)", target: name, contents: skill.files[path]!,
                        rules: ["\(stack)/skill:\(skill.name)"], executable: skill.executables.contains(path)))
                }
            }
        }
        return files
    }

    /// The skills of `chain`, base first, a later stack's skill replacing an earlier one where it stood.
    static func skills(of chain: [TemplateStack]) -> [(String, SkillTemplate)] {
        var output: [(String, SkillTemplate)] = []
        for stack in chain {
            for skill in stack.skills {
                if let index = output.firstIndex(where: { $0.1.name == skill.name }) {
                    output[index] = (stack.id, skill)
                } else {
                    output.append((stack.id, skill))
                }
            }
        }
        return output
    }
}

/// What other layers need to know of the `skills` target's paths.
public enum SkillsTarget {
    /// Whether `path` lies in a skills folder the target writes.
    public static func isSkillPath(_ path: String) -> Bool {
        SkillsFormat.folders.contains { path.hasPrefix($0.folder + "/") }
    }
}
