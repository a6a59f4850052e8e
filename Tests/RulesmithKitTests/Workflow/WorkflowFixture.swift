import Foundation
import RulesmithTestSupport
import RulesmithKit
import RulesmithRegistry
import Testing

/// A real temporary git repository and a real SQLite registry beside it. The registry is seeded
/// with the built-in templates (revision 1); `importTemplates` adds the fixture stacks as the next
/// revision, and `upgrade` imports a changed version of them (a registry upgrade).
final class WorkflowFixture {
    let scratch: TemporaryDirectory
    let repository: String
    let registry: String
    let templates: String

    /// The `demo` stack's rule, ten lines so edits can overlap or not.
    static func styleRule(_ lines: [String] = defaultLines) -> String {
        "---\ndescription: House style\nalwaysApply: true\n---\n# House style\n\n" + lines.map { "- \($0)\n" }.joined()
    }

    static let defaultLines = [
        "Rule one: name things for what they do.", "Rule two: keep functions short.", "Rule three: no dead code.",
        "Rule four: comments say why.", "Rule five: tests beside the code.", "Rule six: small commits.",
        "Rule seven: review every change.", "Rule eight: document public types.", "Rule nine: fail loudly.",
        "Rule ten: measure before optimising.",
    ]

    static let baseStack = """
        id: base
        title: Every repository
        description: Conventions for every repository.
        category: base
        variables:
          project_name:
            description: The project's name
            required: true

        """

    static func demoStack(id: String = "demo") -> String {
        """
        id: \(id)
        title: Demo stack
        description: A stack for workflow tests.
        category: language
        extends: [base]
        detect:
          files: [demo.toml]

        """
    }

    init(gitInit: Bool = true) throws {
        scratch = try TemporaryDirectory()
        repository = scratch.path + "/repo"
        registry = scratch.path + "/registry.sqlite"
        templates = scratch.path + "/templates"
        try FileManager.default.createDirectory(atPath: repository, withIntermediateDirectories: true)
        if gitInit {
            try git("init", "-q", "-b", "main")
            try git("config", "user.name", "Test User")
            try git("config", "user.email", "test@example.com")
            try git("config", "commit.gpgsign", "false")
        }
    }

    /// Writes the fixture stacks (base + demo, and `extra` stack IDs whose rule has a reworded
    /// first line, as a renamed stack's would) and imports them.
    @discardableResult
    func importTemplates(styleLines: [String] = defaultLines, extra: [String] = [], mcp: String? = nil) throws -> Int {
        try? FileManager.default.removeItem(atPath: templates)
        try write(templates + "/base/stack.yml", Self.baseStack)
        try write(templates + "/base/commits.md", "---\ndescription: Commits\nalwaysApply: true\n---\n# Commits in {{project_name}}\n\n- One change per commit.\n")
        for id in ["demo"] + extra {
            var lines = styleLines
            if id != "demo" { lines[0] = "Rule one, as \(id) words it: name things for what they do." }
            try write(templates + "/\(id)/stack.yml", Self.demoStack(id: id))
            try write(templates + "/\(id)/style.md", Self.styleRule(lines))
        }
        if let mcp { try write(templates + "/demo/mcp.json", mcp) }
        let service = try RegistryService.open(explicitPath: registry)
        let report = try service.importDirectory(templates, options: ImportOptions())
        return Int(report.revision)
    }

    /// Imports the fixture with line `index` of the style rule replaced (a registry upgrade).
    @discardableResult
    func upgrade(line index: Int, to text: String) throws -> Int {
        var lines = Self.defaultLines
        lines[index] = text
        return try importTemplates(styleLines: lines)
    }

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func path(_ relative: String) -> String { repository + "/" + relative }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    func writeFile(_ relative: String, _ text: String) throws {
        try write(path(relative), text)
    }

    /// `init --yes` with the demo stack.
    @discardableResult
    func bootstrap(stacks: [String] = ["demo"], commit: Bool = false, branch: String? = nil, targets: [String] = []) throws -> InitOutcome {
        var options = Bootstrap.Options()
        options.targets = targets
        options.registry = registry
        options.stacks = stacks
        options.yes = true
        options.commit = commit
        options.branch = branch
        return try Bootstrap.run(directory: repository, options: options)
    }

    func status() throws -> StatusOutcome {
        try WorkflowCommands.status(directory: repository, registry: registry)
    }

    func statusJSON() throws -> [String: Any] {
        let result = try WorkflowCommands.status(directory: repository, registry: registry)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.json().utf8)) as? [String: Any])
    }

    /// The state of each file in `status --format json`.
    func states() throws -> [String: String] {
        let files = try #require(try statusJSON()["files"] as? [[String: Any]])
        var output: [String: String] = [:]
        for file in files { output[file["path"] as! String] = file["state"] as? String }
        return output
    }

    func apply(force: Bool = false, dryRun: Bool = false, latest: Bool = false, commit: Bool = false) throws -> ApplyOutcome {
        try WorkflowCommands.apply(directory: repository, options: .init(
            registry: registry, force: force, dryRun: dryRun, latest: latest, commit: commit))
    }

    /// Every file under the repository (`.git` included when `includeGit`), path → bytes.
    func snapshot(includeGit: Bool = true) throws -> [String: Data] {
        var output: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: repository)
        while let relative = enumerator?.nextObject() as? String {
            if !includeGit, relative == ".git" || relative.hasPrefix(".git/") { continue }
            var isDirectory: ObjCBool = false
            let full = path(relative)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                output[relative] = FileManager.default.contents(atPath: full) ?? Data()
            } else if (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) != nil {
                output[relative] = Data("symlink".utf8)
            }
        }
        return output
    }

    /// Runs the git CLI in the repository; stdout without the final newline.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        let result = try Subprocess.run("/usr/bin/git", arguments, in: repository, environment: environment)
        guard result.status == 0 else {
            throw WorkflowFixtureError("git \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        var text = result.stdout
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Commits everything in the work tree.
    func commitAll(_ message: String = "snapshot") throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }
}

private struct WorkflowFixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs `body` expecting a `RulesmithFailure`; returns it.
func expectWorkflowFailure(_ body: () throws -> Any) -> RulesmithError? {
    do {
        _ = try body()
        Issue.record("expected a failure")
        return nil
    } catch let error as RulesmithError {
        return error
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}
