import RulesmithFacts
import RulesmithText
import Yams

/// Reads `stack.yml` (metadata, detection hints, variables, extends) of the canonical layout.
public enum StackParser {
    /// The keys `stack.yml` may use.
    public static let keys: Set<String> = [
        "id", "title", "description", "category", "tags", "extends", "author", "license", "detect", "variables",
    ]

    /// Parses `stack.yml` bytes of the folder `folder` (its ID must be the folder name).
    public static func parse(_ bytes: [UInt8], folder: String, path: String) throws -> TemplateStack {
        guard UTF8Validation.isValid(bytes) else {
            throw TemplateError.malformedStack(path: path, reason: "not UTF-8 text")
        }
        let pairs = try YAMLNode.mapping(String(decoding: bytes, as: UTF8.self), path: path, what: "stack.yml")
        var fields: [String: Node] = [:]
        for (key, value) in pairs {
            guard keys.contains(key) else {
                throw TemplateError.malformedStack(
                    path: path, reason: "unknown key '\(key)'; allowed: \(keys.sorted().joined(separator: ", "))")
            }
            fields[key] = value
        }
        func required(_ key: String) throws -> String {
            guard let node = fields[key], let value = try YAMLNode.string(node, key: key, path: path), !value.isEmpty else {
                throw TemplateError.malformedStack(path: path, reason: "'\(key)' is required")
            }
            return value
        }
        func optional(_ key: String) throws -> String? {
            guard let node = fields[key] else { return nil }
            return try YAMLNode.string(node, key: key, path: path)
        }
        func list(_ key: String) throws -> [String] {
            guard let node = fields[key] else { return [] }
            return try YAMLNode.strings(node, key: key, path: path)
        }
        let id = try required("id")
        try TemplateIdentifier.validate(id, kind: "stack ID", path: path)
        let folderName = folder.split(separator: "/").last.map(String.init) ?? folder
        guard id == folderName else {
            throw TemplateError.malformedStack(path: path, reason: "id '\(id)' differs from its folder name '\(folderName)'")
        }
        let extends = try list("extends")
        for base in extends { try TemplateIdentifier.validate(base, kind: "stack ID in 'extends'", path: path) }
        guard !extends.contains(id) else { throw TemplateError.extendsCycle([id, id]) }
        let tags = try list("tags").map { $0.lowercased() }
        for tag in tags where tag.isEmpty || tag.contains(where: { $0.isWhitespace || $0 == "," }) {
            throw TemplateError.invalidIdentifier(kind: "tag", value: tag, path: path)
        }
        return TemplateStack(
            id: id, title: try required("title"), description: try required("description"),
            category: try required("category"), tags: tags, extends: extends,
            author: try optional("author"), license: try optional("license"),
            detect: try detect(fields["detect"], path: path), variables: try variables(fields["variables"], path: path),
            file: bytes, sourcePath: folder)
    }

    private static func detect(_ node: Node?, path: String) throws -> DetectionHints {
        guard let node else { return DetectionHints() }
        guard let mapping = node.mapping else {
            throw TemplateError.malformedStack(path: path, reason: "'detect' must be a mapping with 'files' and 'dependencies'")
        }
        var hints = DetectionHints()
        for (key, value) in mapping {
            switch key.string {
            case "files":
                hints.files = try YAMLNode.strings(value, key: "detect.files", path: path)
            case "dependencies":
                guard let manifests = value.mapping else {
                    throw TemplateError.malformedStack(path: path, reason: "'detect.dependencies' must map a manifest to names")
                }
                for (manifest, names) in manifests {
                    guard let name = manifest.string, ManifestDependencies.manifestNames.contains(name) else {
                        throw TemplateError.malformedStack(
                            path: path, reason: "'detect.dependencies' names an unknown manifest '\(manifest.string ?? "")'")
                    }
                    hints.dependencies[name] = try YAMLNode.strings(names, key: "detect.dependencies.\(name)", path: path)
                }
            default:
                throw TemplateError.malformedStack(path: path, reason: "unknown key 'detect.\(key.string ?? "")'")
            }
        }
        return hints
    }

    private static func variables(_ node: Node?, path: String) throws -> [TemplateVariable] {
        guard let node else { return [] }
        guard let mapping = node.mapping else {
            throw TemplateError.malformedStack(path: path, reason: "'variables' must map names to settings")
        }
        var output: [TemplateVariable] = []
        for (key, value) in mapping {
            guard let name = key.string, TemplateIdentifier.isVariableName(name) else {
                throw TemplateError.invalidIdentifier(kind: "variable name", value: key.string ?? "", path: path)
            }
            var variable = TemplateVariable(name: name)
            var isRequired: Bool?
            if let settings = value.mapping {
                for (settingKey, setting) in settings {
                    let label = "variables.\(name).\(settingKey.string ?? "")"
                    switch settingKey.string {
                    case "description": variable.description = try YAMLNode.string(setting, key: label, path: path)
                    case "default": variable.defaultValue = try YAMLNode.string(setting, key: label, path: path) ?? ""
                    case "pattern": variable.pattern = try YAMLNode.string(setting, key: label, path: path)
                    case "required": isRequired = try YAMLNode.bool(setting, key: label, path: path)
                    case "from":
                        let text = try YAMLNode.string(setting, key: label, path: path) ?? ""
                        guard FactReference(text) != nil else {
                            throw TemplateError.malformedStack(
                                path: path, reason: "'\(label)' names no fact ('\(text)'); use one of \(FactReference.spellings.joined(separator: ", "))")
                        }
                        variable.from = text
                    default: throw TemplateError.malformedStack(path: path, reason: "unknown key '\(label)'")
                    }
                }
            } else if YAMLNode.value(value) != .null {
                throw TemplateError.malformedStack(path: path, reason: "'variables.\(name)' must be a mapping")
            }
            if isRequired == true, variable.defaultValue != nil || variable.from != nil {
                throw TemplateError.malformedStack(path: path, reason: "variable '\(name)' is required and has a default or a fact")
            }
            if isRequired == false, variable.defaultValue == nil, variable.from == nil { variable.defaultValue = "" }
            if let pattern = variable.pattern {
                guard (try? Regex(pattern)) != nil else {
                    throw TemplateError.invalidPattern(name: name, pattern: pattern, path: path)
                }
            }
            output.append(variable)
        }
        return output
    }
}
