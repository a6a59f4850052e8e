import RulesmithText
import Yams

/// Reads `.rulesmith.yml` text into a `ProjectConfiguration`, rejecting unknown keys, unknown
/// rule IDs and tags, and ill-typed values with the file and line of each problem.
public struct ConfigurationReader: Sendable {
    /// Larger files are refused before parsing (a config file is a few hundred bytes).
    public static let maximumSize = 1 << 20

    /// The rules keys may name; every key is stored as its rule's canonical ID.
    public var catalogue: RuleCatalogue
    public var knownTags: Set<String>
    public var knownTargets: Set<String>

    public init(catalogue: RuleCatalogue = .standard, knownTargets: Set<String> = ConfigurationReader.targetNames) {
        self.catalogue = catalogue
        self.knownTags = catalogue.tags
        self.knownTargets = knownTargets
    }

    /// Target names (as `--targets` accepts them), accepted in `targets:`.
    public static let targetNames: Set<String> = [
        "cursor", "cursorrules", "agents", "claude", "claude-rules", "copilot", "windsurf", "cline", "kiro", "gemini", "skills", "mcp", "llms-txt",
    ]

    /// Parses `text` read from `path`; every problem found is returned, not only the first.
    public func read(_ text: String, path: String) throws(ConfigurationErrors) -> ProjectConfiguration {
        let root = try StrictYAML.compose(
            text, path: path, maximumSize: Self.maximumSize, tooLarge: "is this really a rulesmith configuration?")
        guard let root else { return ProjectConfiguration() }
        var walker = Walker(path: path, reader: self)
        let configuration = walker.configuration(root)
        guard walker.errors.isEmpty else { throw ConfigurationErrors(walker.errors) }
        return configuration
    }
}

/// Walks the YAML tree, collecting values and errors.
private struct Walker: StrictYAMLWalker {
    let path: String
    let reader: ConfigurationReader
    var errors: [ConfigurationError] = []

    init(path: String, reader: ConfigurationReader) {
        self.path = path
        self.reader = reader
    }

    mutating func configuration(_ root: Node) -> ProjectConfiguration {
        var configuration = ProjectConfiguration()
        guard let entries = mapping(root, "the configuration") else { return configuration }
        let known = ["version", "stacks", "targets", "variables", "registry", "lint", "hook", "llms-txt", "overlays", "always-on-budget"]
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
            case "always-on-budget":
                if let budget = int(value, key) {
                    if budget < 256 { fail(value, "always-on-budget must be at least 256 bytes") }
                    configuration.alwaysOnBudget = budget
                }
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
        let known = ["profile", "compat", "strict", "rules", "tags", "ignore", "per-path"]
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
                    guard let id = reader.catalogue.ruleID(for: rule) else {
                        fail(ruleNode, "unknown rule '\(rule)' in 'lint.rules'; `rulesmith rules` lists the IDs")
                        continue
                    }
                    if let level = level(levelNode, "lint.rules.\(rule)") { settings.rules[id] = level }
                }
            case "tags":
                for (tag, tagNode, levelNode) in mapping(value, "lint.tags") ?? [] {
                    guard reader.knownTags.contains(tag) else {
                        fail(tagNode, "unknown tag '\(tag)' in 'lint.tags'; tags are \(reader.knownTags.sorted().joined(separator: ", "))")
                        continue
                    }
                    if let level = level(levelNode, "lint.tags.\(tag)") { settings.tags[tag] = level }
                }
            case "ignore":
                settings.ignore = strings(value, "lint.ignore")
                for glob in settings.ignore where !PathPattern.isBlank(glob, dialect: .configuration) {
                    do {
                        _ = try PathPattern(glob, dialect: .configuration)
                    } catch {
                        fail(value, "'lint.ignore' glob '\(glob)' is invalid: \(error.message)")
                    }
                }
            case "per-path": settings.perPath = perPath(value)
            default: unknown(keyNode, key, in: "'lint'", known: known)
            }
        }
        return settings
    }

    /// `lint.per-path`: glob → {rule ID, alias, name or tag → level}.
    mutating func perPath(_ node: Node) -> [PathLevels] {
        var output: [PathLevels] = []
        for (glob, globNode, levels) in mapping(node, "lint.per-path") ?? [] {
            do {
                _ = try PathPattern(glob, dialect: .configuration)
            } catch {
                fail(globNode, "'lint.per-path' glob '\(glob)' is invalid: \(error.message)")
                continue
            }
            var entry = PathLevels(glob: glob)
            for (key, keyNode, levelNode) in mapping(levels, "lint.per-path.\(glob)") ?? [] {
                let label = "lint.per-path.\(glob).\(key)"
                if let id = reader.catalogue.ruleID(for: key) {
                    if let level = level(levelNode, label) { entry.rules[id] = level }
                } else if reader.knownTags.contains(key) {
                    if let level = level(levelNode, label) { entry.tags[key] = level }
                } else {
                    fail(keyNode, "unknown rule or tag '\(key)' in 'lint.per-path.\(glob)'; `rulesmith rules` lists the IDs and tags")
                }
            }
            output.append(entry)
        }
        return output
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
