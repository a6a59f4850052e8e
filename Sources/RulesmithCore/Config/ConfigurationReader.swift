import Yams

/// Reads `.rulesmith.yml` text into a `ProjectConfiguration`, rejecting unknown keys, unknown
/// rule IDs and tags, and ill-typed values with the file and line of each problem.
public struct ConfigurationReader: Sendable {
    /// Larger files are refused before parsing (a config file is a few hundred bytes).
    public static let maximumSize = 1 << 20

    public var knownRules: @Sendable (String) -> Bool
    public var knownTags: Set<String>
    public var knownTargets: Set<String>

    public init(
        knownRules: @escaping @Sendable (String) -> Bool = { RuleCatalogue.standard.description(for: $0) != nil },
        knownTags: Set<String> = RuleCatalogue.standard.tags,
        knownTargets: Set<String> = ConfigurationReader.targetNames
    ) {
        self.knownRules = knownRules
        self.knownTags = knownTags
        self.knownTargets = knownTargets
    }

    /// Target names of DESIGN.md, accepted in `targets:`.
    public static let targetNames: Set<String> = [
        "cursor", "cursorrules", "agents", "claude", "copilot", "windsurf", "cline", "kiro", "gemini", "llms-txt",
    ]

    /// Parses `text` read from `path`; every problem found is returned, not only the first.
    public func read(_ text: String, path: String) throws(ConfigurationErrors) -> ProjectConfiguration {
        var walker = Walker(path: path, reader: self)
        guard text.utf8.count <= Self.maximumSize else {
            throw ConfigurationErrors([ConfigurationError(path: path, line: nil, message: "larger than 1 MB; is this really a rulesmith configuration?")])
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigurationErrors([Self.describe(error, path: path)])
        } catch {
            throw ConfigurationErrors([ConfigurationError(path: path, line: nil, message: "not valid YAML: \(error)")])
        }
        guard let root else { return ProjectConfiguration() }
        let configuration = walker.configuration(root)
        guard walker.errors.isEmpty else { throw ConfigurationErrors(walker.errors) }
        return configuration
    }

    static func describe(_ error: YamlError, path: String) -> ConfigurationError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ConfigurationError(path: path, line: mark.line, column: mark.column, message: "not valid YAML: \(oneLine(problem))")
        case .reader(let problem, _, _, _):
            // Yams' own description of a reader error quotes the whole input over several lines.
            return ConfigurationError(path: path, line: nil, message: "not valid YAML: \(oneLine(problem))")
        case .duplicatedKeysInMapping(let duplicates, _):
            return ConfigurationError(path: path, line: nil, message: "not valid YAML: duplicate keys \(duplicates.joined(separator: ", "))")
        default:
            return ConfigurationError(path: path, line: nil, message: "not valid YAML: \(oneLine(String(describing: error)))")
        }
    }

    /// The first line of a message, so every error stays one line on stderr.
    static func oneLine(_ text: String) -> String {
        let first = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        return first.hasSuffix(":") ? String(first.dropLast()) : first
    }
}

/// Walks the YAML tree, collecting values and errors.
private struct Walker {
    let path: String
    let reader: ConfigurationReader
    var errors: [ConfigurationError] = []

    init(path: String, reader: ConfigurationReader) {
        self.path = path
        self.reader = reader
    }

    mutating func fail(_ node: Node?, _ message: String) {
        errors.append(ConfigurationError(path: path, line: node?.mark?.line, column: node?.mark?.column, message: message))
    }

    mutating func mapping(_ node: Node, _ context: String) -> [(key: String, keyNode: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            fail(node, "'\(context)' must be a mapping of keys to values")
            return nil
        }
        var entries: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                fail(key, "keys in '\(context)' must be plain strings")
                continue
            }
            entries.append((scalar.string, key, value))
        }
        return entries
    }

    mutating func string(_ node: Node, _ key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            fail(node, "'\(key)' must be a single value")
            return nil
        }
        return scalar.string
    }

    mutating func int(_ node: Node, _ key: String) -> Int? {
        guard let text = string(node, key) else { return nil }
        guard let value = Int(text) else {
            fail(node, "'\(key)' must be a whole number, not '\(text)'")
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node, _ key: String) -> Bool? {
        guard let text = string(node, key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            fail(node, "'\(key)' must be true or false, not '\(text)'")
            return nil
        }
    }

    mutating func strings(_ node: Node, _ key: String) -> [String] {
        if case .scalar(let scalar) = node {
            return scalar.string.isEmpty ? [] : [scalar.string]
        }
        guard case .sequence(let sequence) = node else {
            fail(node, "'\(key)' must be a list")
            return []
        }
        return sequence.compactMap { string($0, key) }
    }

    mutating func unknown(_ keyNode: Node, _ key: String, in context: String, known: [String]) {
        let suggestion = known.min { editDistance($0, key) < editDistance($1, key) }
            .flatMap { editDistance($0, key) <= 3 ? " (did you mean '\($0)'?)" : nil } ?? ""
        fail(keyNode, "unknown key '\(key)' in \(context)\(suggestion); known keys: \(known.joined(separator: ", "))")
    }

    mutating func configuration(_ root: Node) -> ProjectConfiguration {
        var configuration = ProjectConfiguration()
        guard let entries = mapping(root, "the configuration") else { return configuration }
        let known = ["version", "stacks", "targets", "variables", "registry", "lint", "hook", "llms-txt", "overlays"]
        for (key, keyNode, value) in entries {
            switch key {
            case "version":
                if let version = int(value, key) {
                    if version != 1 { fail(value, "unsupported configuration version \(version); this rulesmith reads version 1") }
                    configuration.version = version
                }
            case "stacks": configuration.stacks = strings(value, key)
            case "targets":
                configuration.targets = strings(value, key)
                for target in configuration.targets where !reader.knownTargets.contains(target) {
                    fail(value, "unknown target '\(target)'; targets are \(reader.knownTargets.sorted().joined(separator: ", "))")
                }
            case "variables":
                for (name, _, node) in mapping(value, key) ?? [] {
                    if let text = string(node, "variables.\(name)") { configuration.variables[name] = text }
                }
            case "registry": configuration.registry = registry(value)
            case "lint": configuration.lint = lint(value)
            case "hook": configuration.hook = hook(value)
            case "llms-txt": configuration.llmsTxt = llmsTxt(value)
            case "overlays": configuration.overlays = strings(value, key)
            default: unknown(keyNode, key, in: "the configuration", known: known)
            }
        }
        return configuration
    }

    mutating func registry(_ node: Node) -> RegistrySettings {
        var settings = RegistrySettings()
        for (key, keyNode, value) in mapping(node, "registry") ?? [] {
            switch key {
            case "source": settings.source = string(value, "registry.source")
            case "ref": settings.ref = string(value, "registry.ref")
            case "revision": settings.revision = int(value, "registry.revision")
            default: unknown(keyNode, key, in: "'registry'", known: ["source", "ref", "revision"])
            }
        }
        return settings
    }

    mutating func level(_ node: Node, _ key: String) -> RuleLevel? {
        guard let text = string(node, key) else { return nil }
        guard let level = RuleLevel(text) else {
            fail(node, "'\(key)' must be off, info, warning or error, not '\(text)'")
            return nil
        }
        return level
    }

    mutating func lint(_ node: Node) -> LintSettings {
        var settings = LintSettings()
        let known = ["profile", "compat", "strict", "rules", "tags", "ignore"]
        for (key, keyNode, value) in mapping(node, "lint") ?? [] {
            switch key {
            case "profile":
                if let text = string(value, "lint.profile") {
                    if let profile = Profile(rawValue: text) { settings.profile = profile } else { fail(value, "'lint.profile' must be v1 or v2, not '\(text)'") }
                }
            case "compat":
                if let text = string(value, "lint.compat") {
                    if text == "none" || text.isEmpty {
                        settings.compat = nil
                    } else if let mode = CompatMode(rawValue: text) {
                        settings.compat = mode
                    } else {
                        fail(value, "'lint.compat' must be reference or none, not '\(text)'")
                    }
                }
            case "strict": settings.strict = bool(value, "lint.strict")
            case "rules":
                for (rule, ruleNode, levelNode) in mapping(value, "lint.rules") ?? [] {
                    guard reader.knownRules(rule) else {
                        fail(ruleNode, "unknown rule '\(rule)' in 'lint.rules'; `rulesmith rules` lists the IDs")
                        continue
                    }
                    if let level = level(levelNode, "lint.rules.\(rule)") { settings.rules[rule.uppercased()] = level }
                }
            case "tags":
                for (tag, tagNode, levelNode) in mapping(value, "lint.tags") ?? [] {
                    guard reader.knownTags.contains(tag) else {
                        fail(tagNode, "unknown tag '\(tag)' in 'lint.tags'; tags are \(reader.knownTags.sorted().joined(separator: ", "))")
                        continue
                    }
                    if let level = level(levelNode, "lint.tags.\(tag)") { settings.tags[tag] = level }
                }
            case "ignore": settings.ignore = strings(value, "lint.ignore")
            default: unknown(keyNode, key, in: "'lint'", known: known)
            }
        }
        return settings
    }

    mutating func hook(_ node: Node) -> HookSettings {
        var settings = HookSettings()
        for (key, keyNode, value) in mapping(node, "hook") ?? [] {
            switch key {
            case "check-drift": settings.checkDrift = bool(value, "hook.check-drift") ?? true
            default: unknown(keyNode, key, in: "'hook'", known: ["check-drift"])
            }
        }
        return settings
    }

    mutating func llmsTxt(_ node: Node) -> LLMSTxtSettings {
        var settings = LLMSTxtSettings()
        let known = ["docs", "title", "summary", "base-url", "optional-after"]
        for (key, keyNode, value) in mapping(node, "llms-txt") ?? [] {
            switch key {
            case "docs": settings.docs = string(value, "llms-txt.docs")
            case "title": settings.title = string(value, "llms-txt.title")
            case "summary": settings.summary = string(value, "llms-txt.summary")
            case "base-url": settings.baseURL = string(value, "llms-txt.base-url")
            case "optional-after": settings.optionalAfter = int(value, "llms-txt.optional-after")
            default: unknown(keyNode, key, in: "'llms-txt'", known: known)
            }
        }
        return settings
    }
}

/// Levenshtein distance, for "did you mean" suggestions on short keys.
func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs.utf8)
    let b = Array(rhs.utf8)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
