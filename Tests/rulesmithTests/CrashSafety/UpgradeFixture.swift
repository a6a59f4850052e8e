import Foundation

/// A repository mid-upgrade, kept pristine so every kill starts from the same state: bootstrapped
/// at templates v1 for several targets and committed, hand edits on top (one merges with the
/// template change, one is in a file whose render does not change), and a registry that already
/// holds templates v2 (one rule reworded, one removed, one added). `apply --latest` then rewrites,
/// merges, deletes and adds files, pins the revision in `.rulesmith.yml` and rewrites the lockfile.
final class UpgradeFixture {
    let scratch: Scratch
    var registry: String { scratch.root + "/registry/registry.sqlite" }
    var pristine: String { scratch.root + "/pristine" }
    var live: String { scratch.root + "/live" }
    var templates: String { scratch.root + "/templates" }

    static let targets = "agents,claude,cursor,copilot,windsurf,gemini"

    init(_ scratch: Scratch) throws {
        self.scratch = scratch
        try FileManager.default.createDirectory(atPath: pristine, withIntermediateDirectories: true)
        try Self.writeTemplates(scratch, at: templates, version: 1)
        try rulesmith(["registry", "import", templates], in: scratch.root)
        try scratch.git(["init", "-q", "-b", "main"], in: pristine)
        try scratch.write(pristine + "/tool.cfg", "x\n")
        try scratch.write(pristine + "/README.md", "# Demo\n")
        try rulesmith(["init", "--yes", "--stack", "tool", "--targets", Self.targets], in: pristine)
        try scratch.git(["add", "-A"], in: pristine)
        try scratch.git(["commit", "-qm", "bootstrap"], in: pristine)

        let agents = pristine + "/AGENTS.md"
        try scratch.write(agents, scratch.read(agents).replacingOccurrences(of: "# Commits\n", with: "# Commits\n\n- Local: sign every commit.\n"))
        let style = pristine + "/.cursor/rules/style.mdc"
        try scratch.write(style, scratch.read(style) + "\n- Local: no tabs.\n")

        let v2 = scratch.root + "/templates-v2"
        try Self.writeTemplates(scratch, at: v2, version: 2)
        try rulesmith(["registry", "import", v2], in: scratch.root)
    }

    /// Templates v1 or v2 of stacks `base` and `tool`.
    static func writeTemplates(_ scratch: Scratch, at folder: String, version: Int) throws {
        func rule(_ title: String, _ lines: [String], always: Bool = true, globs: String? = nil) -> String {
            var head = "---\ndescription: \(title)\n"
            if let globs { head += "globs: \(globs)\nalwaysApply: false\n" } else { head += "alwaysApply: \(always)\n" }
            return head + "---\n# \(title)\n\n" + lines.map { "- \($0)\n" }.joined()
        }
        try scratch.write(folder + "/base/stack.yml", "id: base\ntitle: Base\ndescription: Base rules.\ncategory: base\n")
        try scratch.write(folder + "/base/commits.md", rule("Commits", [
            "One change per commit.", "Write the why in the body.",
            version == 1 ? "Keep subjects under 72 characters." : "Keep subjects under 50 characters.",
        ]))
        try scratch.write(folder + "/base/style.md", rule("Style", ["Keep functions short.", "Name things for what they hold."]))
        try scratch.write(
            folder + "/tool/stack.yml",
            "id: tool\ntitle: Tool\ndescription: A tool.\ncategory: language\nextends: [base]\ndetect:\n  files: [tool.cfg]\n")
        try scratch.write(folder + "/tool/usage.md", rule("Usage", [
            "Run the tool in CI.", version == 1 ? "Pass --verbose when a run fails." : "Pass --strict on every run.",
        ]))
        if version == 1 {
            try scratch.write(folder + "/tool/legacy.md", rule("Legacy", ["Keep the old flags working."], globs: "legacy/**"))
        } else {
            try scratch.write(folder + "/tool/release.md", rule("Release", ["Tag releases from main.", "Write a changelog entry."]))
        }
    }

    @discardableResult
    func rulesmith(_ arguments: [String], in directory: String) throws -> Spawned.Outcome {
        try scratch.run(Rulesmith.executable.path, arguments, in: directory, registry: registry)
    }

    /// Starts `rulesmith apply --latest` (or other arguments) in the live copy.
    func spawn(_ arguments: [String] = ["apply", "--latest"], in directory: String? = nil) throws -> Spawned {
        try Spawned.rulesmith(arguments, in: directory ?? live, environment: scratch.environment(registry: registry), logs: scratch.logs)
    }

    func resetLive() throws { try scratch.restore(pristine, to: live) }
}
