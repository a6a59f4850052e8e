/// One Agent Skill a stack carries: the folder `skills/<name>/` of the stack, with its
/// `SKILL.md` and bundled files (`scripts/`, `references/`, `assets/`), copied as they are into
/// each editor's skills folder. Scripts keep their executable mode.
public struct SkillTemplate: Sendable, Hashable {
    /// The folder in a stack that holds its skills.
    public static let folder = "skills"

    /// The skill's folder name (kebab-case; the skill's `name`).
    public var name: String
    /// Path inside the skill folder → exact bytes.
    public var files: [String: [UInt8]]
    /// Paths inside the skill folder whose files are executable.
    public var executables: Set<String>

    public init(name: String, files: [String: [UInt8]], executables: Set<String> = []) {
        self.name = name
        self.files = files
        self.executables = executables
    }

    /// Paths in byte order.
    public var sortedPaths: [String] { files.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) } }

    /// The skills of a stack folder from its files under `skills/` (path after `skills/` →
    /// bytes); `executable` tells which stack-relative paths have the executable bit.
    static func read(
        _ files: [(String, [UInt8])], folderPath: String, executable: (String) -> Bool
    ) throws -> [SkillTemplate] {
        var skills: [String: SkillTemplate] = [:]
        for (path, bytes) in files {
            let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
            let display = "\(folderPath)/\(folder)/\(path)"
            guard parts.count == 2 else { throw TemplateError.unexpectedFile(display) }
            try TemplateIdentifier.validate(parts[0], kind: "skill folder", path: "\(folderPath)/\(folder)/\(parts[0])")
            guard TemplateIdentifier.isSafeRelativePath(parts[1]) else { throw TemplateError.unsafePath(display) }
            var skill = skills[parts[0]] ?? SkillTemplate(name: parts[0], files: [:])
            skill.files[parts[1]] = bytes
            if executable("\(folder)/\(path)") { skill.executables.insert(parts[1]) }
            skills[parts[0]] = skill
        }
        for skill in skills.values where skill.files["SKILL.md"] == nil {
            throw TemplateError.malformedStack(
                path: "\(folderPath)/\(folder)/\(skill.name)", reason: "a skill folder needs a SKILL.md")
        }
        return skills.values.sorted { $0.name < $1.name }
    }
}
