import RulesmithLint
import RulesmithText
import Yams

/// Reads a rule file of the canonical layout (`<rule-id>.md`: frontmatter + Markdown body).
public enum RuleTemplateParser {
    /// The frontmatter keys a rule file may use.
    public static let keys: Set<String> = ["description", "globs", "alwaysApply", "targets", "overrides", "essential", "versions"]

    /// Parses the rule `id` from `bytes`; `path` names the file in errors.
    public static func parse(id: String, bytes: [UInt8], path: String) throws -> RuleTemplate {
        try TemplateIdentifier.validate(id, kind: "rule ID", path: path)
        guard UTF8Validation.isValid(bytes) else {
            throw TemplateError.malformedRule(path: path, reason: "not UTF-8 text")
        }
        let frontmatter = Frontmatter(SourceText(bytes: bytes))
        if frontmatter.isPresent, frontmatter.closingRange == nil {
            throw TemplateError.malformedRule(path: path, reason: "the frontmatter opened on line 1 is never closed with a '---' line")
        }
        var rule = RuleTemplate(
            id: id, description: nil, globs: [], alwaysApply: false, targets: ["all"], overrides: [:],
            body: Array(bytes[frontmatter.bodyStart...]), file: bytes,
            source: TemplateSourceFile(path: path, kind: .cursorMdc, bytes: bytes))
        guard frontmatter.isPresent else { return rule }
        let yaml = String(decoding: bytes[frontmatter.contentRange], as: UTF8.self)
        let pairs: [(key: String, value: Node)]
        do {
            pairs = try YAMLNode.mapping(yaml, path: path, what: "the frontmatter")
        } catch let error as TemplateError {
            throw asRuleError(error, path: path)
        }
        do {
            for (key, value) in pairs {
                switch key {
                case "description": rule.description = try YAMLNode.string(value, key: key, path: path)
                case "globs": rule.globs = try YAMLNode.strings(value, key: key, path: path)
                case "alwaysApply": rule.alwaysApply = try YAMLNode.bool(value, key: key, path: path)
                case "targets": rule.targets = try targets(value, path: path)
                case "overrides": rule.overrides = try overrides(value, path: path)
                case "essential": rule.essential = try YAMLNode.bool(value, key: key, path: path)
                case "versions": rule.versions = try versions(value, path: path)
                default:
                    throw TemplateError.malformedRule(
                        path: path, reason: "unknown frontmatter key '\(key)'; allowed: \(keys.sorted().joined(separator: ", "))")
                }
            }
        } catch let error as TemplateError {
            throw asRuleError(error, path: path)
        }
        if rule.essential != nil || !rule.versions.isEmpty {
            rule.source.bytes = editorView(bytes, frontmatterEnd: frontmatter.bodyStart)
        }
        return rule
    }

    /// The rule file as an editor would read it, linted before import: rulesmith's own
    /// `essential:` and `versions:` lines become YAML comments (same line numbers), since no
    /// editor reads them and Cursor's unknown-key rule would report them.
    static func editorView(_ bytes: [UInt8], frontmatterEnd: Int) -> [UInt8] {
        var output = bytes
        var lineStart = 0
        while lineStart < frontmatterEnd {
            var lineEnd = lineStart
            while lineEnd < frontmatterEnd, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            if line.starts(with: Array("essential:".utf8)) || line.starts(with: Array("versions:".utf8)) {
                output[lineStart] = UInt8(ascii: "#")
            }
            lineStart = lineEnd + 1
        }
        return output
    }

    private static func targets(_ node: Node, path: String) throws -> [String] {
        let names = try YAMLNode.strings(node, key: "targets", path: path)
        for name in names {
            let bare = name.hasPrefix("!") ? String(name.dropFirst()) : name
            guard RuleTemplate.targetNames.contains(bare), !(name.hasPrefix("!") && bare == "all") else {
                throw TemplateError.malformedRule(path: path, reason: "unknown target '\(name)' in 'targets'")
            }
        }
        return names.isEmpty ? ["all"] : names
    }

    private static func overrides(_ node: Node, path: String) throws -> [String: [String: TemplateValue]] {
        guard case .map(let targets) = YAMLNode.value(node) else {
            throw TemplateError.malformedRule(path: path, reason: "'overrides' must map target names to frontmatter")
        }
        var output: [String: [String: TemplateValue]] = [:]
        for (target, value) in targets {
            guard RuleTemplate.targetNames.contains(target), target != "all" else {
                throw TemplateError.malformedRule(path: path, reason: "unknown target '\(target)' in 'overrides'")
            }
            guard case .map(let settings) = value else {
                throw TemplateError.malformedRule(path: path, reason: "'overrides.\(target)' must be a mapping")
            }
            output[target] = settings
        }
        return output
    }

    private static func versions(_ node: Node, path: String) throws -> [String: String] {
        guard case .map(let entries) = YAMLNode.value(node) else {
            throw TemplateError.malformedRule(path: path, reason: "'versions' must map a version name to a range such as \">=15\"")
        }
        var output: [String: String] = [:]
        for (name, value) in entries {
            let text: String
            switch value {
            case .string(let string): text = string
            case .number(let number): text = number == number.rounded() ? String(Int(number)) : String(number)
            default: throw TemplateError.malformedRule(path: path, reason: "'versions.\(name)' must be a range such as \">=15\"")
            }
            guard VersionRange(text) != nil else {
                throw TemplateError.malformedRule(path: path, reason: "'versions.\(name)' is not a range (\(text)); write >=N, >N, <=N, <N or N")
            }
            output[name] = text
        }
        return output
    }

    private static func asRuleError(_ error: TemplateError, path: String) -> TemplateError {
        if case .malformedStack(let errorPath, let reason) = error { return .malformedRule(path: errorPath, reason: reason) }
        return error
    }
}
