import RulesmithLint
import RulesmithText
import Yams

/// Reads `rulesmith-sync.yml` strictly: unknown keys, wrong types, unknown targets, bad branch
/// names and placeholders are errors with the file and line of each, all reported at once.
public struct SyncManifestReader: Sendable {
    /// Larger files are refused before parsing.
    public static let maximumSize = 4 << 20

    public init() {}

    /// Parses `text` read from `path`; relative repository paths and a relative registry path are
    /// resolved against `baseDirectory` (the manifest's folder, absolute).
    public func read(_ text: String, path: String, baseDirectory: String) throws(ConfigurationErrors) -> SyncManifest {
        let root = try StrictYAML.compose(text, path: path, maximumSize: Self.maximumSize, tooLarge: "is this really a sync manifest?")
        var walker = ManifestWalker(path: path, baseDirectory: baseDirectory)
        guard let root else {
            throw ConfigurationErrors([ConfigurationError(path: path, line: nil, message: "empty; a manifest needs 'repositories'")])
        }
        let manifest = walker.manifest(root)
        guard walker.errors.isEmpty else { throw ConfigurationErrors(walker.errors) }
        return manifest
    }

    /// Whether `source` is a URL (scheme or scp-like `user@host:path`) rather than a local path.
    public static func isURL(_ source: String) -> Bool {
        if source.contains("://") { return true }
        guard !source.hasPrefix("/"), !source.hasPrefix("."), let colon = source.firstIndex(of: ":") else { return false }
        return !source[..<colon].contains("/")
    }

    /// `path` made absolute against `base` unless it is a URL or already absolute.
    public static func resolve(_ path: String, against base: String) -> String {
        if isURL(path) || path.hasPrefix("/") { return path }
        let joined = PathSyntax.join(base, path)
        return base.hasPrefix("/") ? "/" + joined : joined
    }
}

/// Walks the manifest's YAML tree, collecting values and errors.
private struct ManifestWalker: StrictYAMLWalker {
    let path: String
    let baseDirectory: String
    var errors: [ConfigurationError] = []

    init(path: String, baseDirectory: String) {
        self.path = path
        self.baseDirectory = baseDirectory
    }

    mutating func manifest(_ root: Node) -> SyncManifest {
        var manifest = SyncManifest()
        let known = ["version", "registry", "defaults", "branch", "push-to-base", "commit-message", "push", "author", "repositories"]
        var sawRepositories = false
        var branchNode: Node?
        var pushToBase: (Bool, Node)?
        for (key, keyNode, value) in mapping(root, "the manifest") ?? [] {
            switch key {
            case "version":
                if let text = string(value, key) {
                    if text != "1" { fail(value, "unsupported manifest version '\(text)'; this rulesmith reads version 1") }
                }
            case "registry": manifest.registry = registry(value)
            case "defaults": manifest.defaults = settings(value, context: "defaults", allowOverride: true)
            case "branch":
                if let text = string(value, key) {
                    manifest.branch = text
                    branchNode = value
                }
            case "push-to-base":
                if let flag = bool(value, key) { pushToBase = (flag, value) }
            case "commit-message":
                if let text = nonEmptyString(value, key) {
                    manifest.commitMessage = text
                    checkPlaceholders(SyncTemplate(text), allowed: SyncTemplate.messagePlaceholders, node: value, key: key)
                }
            case "push": manifest.push = bool(value, key) ?? true
            case "author": manifest.author = author(value)
            case "repositories":
                sawRepositories = true
                manifest.repositories = repositories(value)
            default: unknown(keyNode, key, in: "the manifest", known: known)
            }
        }
        if let (flag, node) = pushToBase {
            if !flag, manifest.branch.isEmpty { fail(node, "'push-to-base: false' contradicts 'branch: \"\"' (an empty branch means the base branch)") }
            manifest.pushToBase = flag
        }
        if manifest.branch.isEmpty { manifest.pushToBase = true }
        if !manifest.pushToBase, let node = branchNode ?? Optional(root) {
            let template = SyncTemplate(manifest.branch)
            checkPlaceholders(template, allowed: SyncTemplate.branchPlaceholders, node: node, key: "branch")
            let sample = template.expand(["revision": "1", "name": "repository"])
            if let problem = SyncBranchName.problem(sample) { fail(node, "'branch' is not a valid branch name: '\(manifest.branch)' \(problem)") }
        }
        if !sawRepositories { fail(nil, "'repositories' is missing; list the repositories to sync") }
        return manifest
    }

    mutating func checkPlaceholders(_ template: SyncTemplate, allowed: Set<String>, node: Node, key: String) {
        for name in template.placeholders where !allowed.contains(name) {
            fail(node, "'\(key)' uses the unknown placeholder '{{\(name)}}'; known: \(allowed.sorted().map { "{{\($0)}}" }.joined(separator: ", "))")
        }
    }

    mutating func registry(_ node: Node) -> SyncRegistrySource {
        var source = SyncRegistrySource()
        for (key, keyNode, value) in mapping(node, "registry") ?? [] {
            switch key {
            case "source":
                if let text = nonEmptyString(value, "registry.source") {
                    source.source = text == "builtin" ? nil : SyncManifestReader.resolve(text, against: baseDirectory)
                }
            case "ref": source.ref = nonEmptyString(value, "registry.ref")
            default: unknown(keyNode, key, in: "'registry'", known: ["source", "ref"])
            }
        }
        if source.ref != nil, source.isBuiltin { fail(node, "'registry.ref' needs 'registry.source' (a git URL or path)") }
        return source
    }

    mutating func author(_ node: Node) -> SyncAuthor? {
        var name: String?
        var email: String?
        for (key, keyNode, value) in mapping(node, "author") ?? [] {
            switch key {
            case "name": name = nonEmptyString(value, "author.name")
            case "email": email = nonEmptyString(value, "author.email")
            default: unknown(keyNode, key, in: "'author'", known: ["name", "email"])
            }
        }
        guard let name, let email else {
            fail(node, "'author' needs both 'name' and 'email'")
            return nil
        }
        return SyncAuthor(name: name, email: email)
    }

    /// Reads the settings keys of `defaults` or a repository entry; returns whether `key` was one.
    mutating func setting(_ key: String, _ value: Node, context: String, into settings: inout SyncSettings) -> Bool {
        switch key {
        case "stacks": settings.stacks = strings(value, "\(context).stacks", commaSeparated: true)
        case "targets":
            let targets = strings(value, "\(context).targets", commaSeparated: true)
            for target in targets where !ConfigurationReader.targetNames.contains(target) {
                fail(value, "unknown target '\(target)'; targets are \(ConfigurationReader.targetNames.sorted().joined(separator: ", "))")
            }
            settings.targets = targets
        case "variables":
            for (name, _, node) in mapping(value, "\(context).variables") ?? [] {
                if let text = string(node, "\(context).variables.\(name)") { settings.variables[name] = text }
            }
        case "base":
            if let base = nonEmptyString(value, "\(context).base") {
                if let problem = SyncBranchName.problem(base) { fail(value, "'\(context).base' is not a valid branch name: \(problem)") }
                settings.base = base
            }
        default: return false
        }
        return true
    }

    mutating func settings(_ node: Node, context: String, allowOverride: Bool) -> SyncSettings {
        var settings = SyncSettings()
        let known = ["stacks", "targets", "variables", "base", "override"]
        for (key, keyNode, value) in mapping(node, context) ?? [] {
            if setting(key, value, context: context, into: &settings) { continue }
            if key == "override" {
                settings.override = bool(value, "\(context).override") ?? false
            } else {
                unknown(keyNode, key, in: "'\(context)'", known: known)
            }
        }
        return settings
    }

    mutating func repositories(_ node: Node) -> [SyncRepository] {
        guard case .sequence(let sequence) = node else {
            fail(node, "'repositories' must be a list of entries (each with 'url' or 'path')")
            return []
        }
        if sequence.isEmpty { fail(node, "'repositories' is empty; list the repositories to sync") }
        var output: [SyncRepository] = []
        var seenURLs: [String: Int] = [:]
        var seenNames: [String: Int] = [:]
        for item in sequence {
            // A bare string is shorthand for `- url: …` (or a path).
            if case .scalar(let scalar) = item {
                guard !scalar.string.isEmpty else {
                    fail(item, "a repository entry must not be empty")
                    continue
                }
                let url = SyncManifestReader.resolve(scalar.string, against: baseDirectory)
                var repository = SyncRepository(identity: scalar.string, url: url, name: SyncRepository.name(for: scalar.string))
                repository.line = item.mark?.line
                if record(repository, item, &seenURLs, &seenNames) { output.append(repository) }
                continue
            }
            if let repository = repository(item), record(repository, item, &seenURLs, &seenNames) {
                output.append(repository)
            }
        }
        return output
    }

    mutating func record(_ repository: SyncRepository, _ node: Node, _ urls: inout [String: Int], _ names: inout [String: Int]) -> Bool {
        let line = node.mark?.line ?? 0
        if let first = urls[repository.url] {
            fail(node, "'\(repository.identity)' is listed twice (first on line \(first)); each repository is synced once")
            return false
        }
        if let first = names[repository.name] {
            fail(node, "two repositories are named '\(repository.name)' (first on line \(first)); give one a 'name'")
            return false
        }
        urls[repository.url] = line
        names[repository.name] = line
        return true
    }

    mutating func repository(_ node: Node) -> SyncRepository? {
        let known = ["url", "path", "name", "base", "stacks", "targets", "variables", "skip", "override"]
        var url: String?
        var local: String?
        var name: String?
        var settings = SyncSettings()
        var override: Bool?
        var skip = false
        for (key, keyNode, value) in mapping(node, "repositories[]") ?? [] {
            if setting(key, value, context: "repositories[]", into: &settings) { continue }
            switch key {
            case "url": url = nonEmptyString(value, "url")
            case "path": local = nonEmptyString(value, "path")
            case "name": name = nonEmptyString(value, "name")
            case "override": override = bool(value, "override")
            case "skip": skip = bool(value, "skip") ?? false
            default: unknown(keyNode, key, in: "a repository entry", known: known)
            }
        }
        let identity: String
        let location: String
        switch (url, local) {
        case (let url?, nil):
            identity = url
            location = url
        case (nil, let local?):
            identity = local
            location = SyncManifestReader.resolve(local, against: baseDirectory)
        case (.some, .some):
            fail(node, "a repository entry has both 'url' and 'path'; give one")
            return nil
        case (nil, nil):
            if case .mapping = node { fail(node, "a repository entry needs 'url' or 'path'") }
            return nil
        }
        var repository = SyncRepository(identity: identity, url: location, name: name ?? SyncRepository.name(for: identity))
        repository.settings = settings
        repository.override = override
        repository.skip = skip
        repository.line = node.mark?.line
        return repository
    }
}
