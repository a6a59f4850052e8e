import RulesmithText

/// Where a skill file sits: the skill's folder (`…/skills/<name>`), its name, and the file's path
/// inside it, so findings and link checks speak of the skill rather than of the repository.
public struct SkillLayout: Sendable, Equatable {
    /// The skill folder, repository-relative (`.claude/skills/review`).
    public var root: String
    /// The folder name: the name the skill's `name` must repeat.
    public var folderName: String
    /// The file's path inside the skill (`SKILL.md`, `scripts/run.sh`).
    public var inner: String
    /// Whether `root` is a workspace path (links can be resolved against it).
    public var isFromWorkspace = true

    /// Extensions of the scripts a skill bundles; they get the shell heuristics, not Markdown rules.
    static let scriptExtensions: Set<String> = ["sh", "bash", "zsh", "py", "js", "mjs", "cjs", "ts", "ps1"]

    public init?(path: String) {
        let components = path.split(separator: "/").map(String.init)
        let lowered = components.map { $0.lowercased() }
        guard lowered.count >= 2 else { return nil }
        if lowered.last == "skill.md" {
            root = components.dropLast().joined(separator: "/")
            folderName = components[components.count - 2]
            inner = components[components.count - 1]
            return
        }
        let folders: Set<String> = ["scripts", "references", "assets"]
        guard let index = (0..<(lowered.count - 3)).first(where: { lowered[$0] == "skills" && folders.contains(lowered[$0 + 2]) })
        else { return nil }
        root = components[...(index + 1)].joined(separator: "/")
        folderName = components[index + 1]
        inner = components[(index + 2)...].joined(separator: "/")
    }

    /// Whether this is the skill's `SKILL.md` (any case).
    public var isManifest: Bool { inner.lowercased() == "skill.md" }

    /// Whether this is a script the skill bundles.
    public var isScript: Bool {
        guard let dot = inner.lastIndex(of: ".") else { return false }
        return Self.scriptExtensions.contains(inner[inner.index(after: dot)...].lowercased())
    }
}

extension LintDocument {
    /// The skill this file belongs to, when it is an `agent-skill` file.
    var skill: SkillLayout? {
        guard kind == .agentSkill else { return nil }
        return SkillLayout(path: path) ?? SkillLayout(path: AgentFileSupport.layoutPath(self)).map { layout in
            // Known only from the path as given: the name checks hold, links are not judged.
            var layout = layout
            layout.isFromWorkspace = false
            return layout
        }
    }

    /// Whether this is a skill's `SKILL.md` whose text can be read.
    var isReadableSkillManifest: Bool { skill?.isManifest == true && isReadableRulesText }
}
