import Foundation

/// What every row starts from, built once per test run: a registry with two small stacks, a git
/// repository the `tool` stack detects, the same repository after `rulesmith init`, and the
/// 100 MB file (made only when a row asks for it).
struct BadInputGolden: Sendable {
    let root: String
    let registry: String
    let repository: String
    let initialised: String

    static let shared: Result<BadInputGolden, any Error> = Result { try BadInputGolden() }

    private static let prefix = "rulesmith-bad-golden-"
    /// This process's golden folder (removed at exit).
    static var folder: String { FileManager.default.temporaryDirectory.path + "/" + prefix + "\(getpid())" }

    /// A 100 MB llms.txt (a header, then prose), written once per run. Prose keeps the
    /// findings few, so the row measures reading and scanning, not printing a million warnings.
    static let hundredMegabytes: Result<String, any Error> = Result {
        let golden = try shared.get()
        let path = golden.root + "/hundred-megabytes.txt"
        var chunk: [UInt8] = []
        let line = Array("Plain prose that goes on and on, describing the project in more words than anyone reads.\n".utf8)
        while chunk.count < 1 << 20 { chunk += line }
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw Shell.Failure(description: "cannot create \(path)")
        }
        handle.write(Data("# Big\n\n> A very large file.\n\n## Docs\n\n- [Page](https://example.com/page.md): notes\n\n".utf8))
        for _ in 0..<100 { handle.write(Data(chunk)) }
        try handle.close()
        return path
    }

    private init() throws {
        let temporary = FileManager.default.temporaryDirectory.path
        // Earlier runs' folders (their process gone) hold a 100 MB file each: remove them.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []
        where name.hasPrefix(Self.prefix) {
            if let pid = Int32(name.dropFirst(Self.prefix.count)), pid != getpid(), kill(pid, 0) == 0 { continue }
            try? FileManager.default.removeItem(atPath: temporary + "/" + name)
        }
        root = temporary + "/" + Self.prefix + "\(getpid())"
        try? FileManager.default.removeItem(atPath: root)
        atexit { try? FileManager.default.removeItem(atPath: BadInputGolden.folder) }
        registry = root + "/registry.sqlite"
        repository = root + "/repository"
        initialised = root + "/initialised"
        let templates = root + "/templates"
        let files: [String: String] = [
            "base/stack.yml": "id: base\ntitle: Base\ndescription: Base rules.\ncategory: base\n",
            "base/commits.md": "---\ndescription: Commits\nalwaysApply: true\n---\n# Commits\n\n- One change per commit.\n",
            "tool/stack.yml": "id: tool\ntitle: Tool\ndescription: A tool.\ncategory: language\nextends: [base]\ndetect:\n  files: [tool.cfg]\n",
            "tool/usage.md": "---\ndescription: Usage\nalwaysApply: true\n---\n# Usage\n\n- Run the tool with --verbose in CI.\n",
        ]
        for (path, text) in files {
            let full = templates + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
        try FileManager.default.createDirectory(atPath: repository, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["RULESMITH_REGISTRY"] = registry
        environment["HOME"] = root
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        let imported = try BadInputProcess.run(["registry", "import", templates], in: root, environment: environment)
        guard imported.status == 0 else { throw Shell.Failure(description: "registry import: \(imported.stderr)") }
        let git = { (directory: String, arguments: [String]) throws in
            _ = try Shell.run("/usr/bin/git", ["-C", directory, "-c", "user.name=Bad Input", "-c", "user.email=bad@example.com"] + arguments)
        }
        try git(repository, ["init", "-q", "-b", "main"])
        try git(repository, ["config", "user.name", "Bad Input"])
        try git(repository, ["config", "user.email", "bad@example.com"])
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: repository + "/tool.cfg"))
        try Data("# Tool\n\nA tool.\n".utf8).write(to: URL(fileURLWithPath: repository + "/README.md"))
        try git(repository, ["add", "-A"])
        try git(repository, ["commit", "-q", "-m", "start"])
        try Shell.run("/bin/cp", ["-a", repository, initialised])
        let initialisedRun = try BadInputProcess.run(["init", "--yes"], in: initialised, environment: environment)
        guard initialisedRun.status == 0 else { throw Shell.Failure(description: "init: \(initialisedRun.stderr)") }
        try git(initialised, ["add", "-A"])
        try git(initialised, ["commit", "-q", "-m", "rulesmith init"])
    }
}
