import Foundation
import RulesmithTestSupport

/// A temporary fleet for sync tests: a team template repository, bare remotes made with the git
/// CLI, a registry and a cache, and an isolated HOME so neither git nor libgit2 sees the machine's
/// config. Everything lives under one folder removed at the end.
final class SyncFleet {
    let root: String
    var registry: String { root + "/registry/registry.sqlite" }
    var cache: String { root + "/cache" }
    var templates: String { root + "/templates" }
    var home: String { root + "/home" }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-sync-\(UUID().uuidString)")
            .resolvingSymlinksInPath().path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try write(home + "/.gitconfig", "[init]\n\tdefaultBranch = main\n")
        try write(templates + "/base/stack.yml", "id: base\ntitle: Base\ndescription: Base rules.\ncategory: base\n")
        try write(templates + "/base/commits.md", "---\ndescription: Commits\nalwaysApply: true\n---\n# Commits\n\n- One change per commit.\n")
        try write(templates + "/tool/stack.yml", "id: tool\ntitle: Tool\ndescription: A tool.\ncategory: language\nextends: [base]\n")
        try write(templates + "/tool/usage.md", Self.usage("Run the tool with --verbose in CI."))
        try write(templates + "/other/stack.yml", "id: other\ntitle: Other\ndescription: Another.\ncategory: language\nextends: [base]\n")
        try write(templates + "/other/style.md", "---\ndescription: Style\nalwaysApply: true\n---\n# Style\n\n- Keep functions short.\n")
        try git(["init", "-q", templates])
        try commitAll(templates, "templates v1")
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    static func usage(_ line: String) -> String {
        "---\ndescription: Usage\nalwaysApply: true\n---\n# Usage\n\n- \(line)\n"
    }

    /// The environment every rulesmith and git process gets.
    var environment: [String: String] {
        [
            "HOME": home, "XDG_CONFIG_HOME": home + "/.config", "XDG_CACHE_HOME": root + "/xdg-cache",
            "GIT_CONFIG_NOSYSTEM": "1", "RULESMITH_REGISTRY": registry, "GIT_TERMINAL_PROMPT": "0",
            "GIT_AUTHOR_NAME": "Fleet Admin", "GIT_AUTHOR_EMAIL": "admin@example.com",
            "GIT_COMMITTER_NAME": "Fleet Admin", "GIT_COMMITTER_EMAIL": "admin@example.com",
        ]
    }

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    /// Runs git; returns stdout without the final newline.
    @discardableResult
    func git(_ arguments: [String], in directory: String? = nil, allowFailure: Bool = false) throws -> String {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        for (key, value) in environment { env[key] = value }
        let result = try Subprocess.run("/usr/bin/git", arguments, in: directory ?? root, environment: env)
        if result.status != 0, !allowFailure {
            throw FleetFailure("git \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        let text = result.stdout
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    func commitAll(_ directory: String, _ message: String) throws {
        try git(["add", "-A"], in: directory)
        try git(["commit", "-q", "-m", message], in: directory)
    }

    /// A bare remote `<folder>/<name>.git` whose main holds a README (and `files`).
    @discardableResult
    func remote(_ name: String, folder: String = "remotes", files: [String: String] = [:]) throws -> String {
        let seed = root + "/seeds/" + name
        try write(seed + "/README.md", "# \(name)\n")
        for (path, text) in files { try write(seed + "/" + path, text) }
        try git(["init", "-q", seed])
        try commitAll(seed, "initial")
        let bare = root + "/" + folder + "/" + name + ".git"
        try git(["clone", "-q", "--bare", seed, bare])
        return bare
    }

    /// Clones `remote`, lets `edit` change the work tree, commits and pushes `branch`.
    func humanCommit(_ remote: String, branch: String = "main", from start: String? = nil, message: String, _ edit: (String) throws -> Void) throws {
        let work = root + "/work-" + UUID().uuidString
        try git(["clone", "-q", remote, work])
        if let start { try git(["checkout", "-q", "-B", branch, "origin/" + start], in: work) } else { try git(["checkout", "-q", branch], in: work) }
        try edit(work)
        try commitAll(work, message)
        try git(["push", "-q", "origin", "HEAD:refs/heads/" + branch], in: work)
        try FileManager.default.removeItem(atPath: work)
    }

    /// Every ref of a bare remote: name → commit.
    func refs(_ remote: String) throws -> [String: String] {
        var refs: [String: String] = [:]
        for line in try git(["for-each-ref", "--format=%(refname) %(objectname)"], in: remote).split(separator: "\n") {
            let parts = line.split(separator: " ")
            refs[String(parts[0])] = String(parts[1])
        }
        return refs
    }

    /// Every file under `folder` with its size and modification time (empty when missing).
    func listing(_ folder: String) -> [String: String] {
        var output: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return output }
        while let relative = enumerator.nextObject() as? String {
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + relative)
            output[relative] = "\(attributes?[.size] ?? 0) \(attributes?[.modificationDate] ?? "")"
        }
        return output
    }

    func run(_ arguments: [String], in directory: String? = nil, environment extra: [String: String] = [:]) throws -> Rulesmith.Result {
        var env = environment
        for (key, value) in extra { env[key] = value }
        return try Rulesmith.run(arguments, in: directory ?? root, environment: env)
    }
}

struct FleetFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
