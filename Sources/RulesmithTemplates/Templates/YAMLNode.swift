import Yams

/// Reading Yams nodes into template values with messages that say what was expected.
enum YAMLNode {
    /// Parses `text` into a mapping's pairs, keeping their order; an empty document is no pairs.
    static func mapping(_ text: String, path: String, what: String) throws -> [(key: String, value: Node)] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw TemplateError.malformedStack(path: path, reason: "\(what) is not valid YAML: \(oneLine(error))")
        }
        guard let root else { return [] }
        if case .scalar(let scalar) = root, scalar.string.isEmpty { return [] }
        guard let mapping = root.mapping else {
            throw TemplateError.malformedStack(path: path, reason: "\(what) must be a YAML mapping of keys to values")
        }
        var pairs: [(key: String, value: Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                throw TemplateError.malformedStack(path: path, reason: "\(what) has a key that is not a string")
            }
            pairs.append((name, value))
        }
        return pairs
    }

    /// A scalar as text; nil for null, throws for lists and maps.
    static func string(_ node: Node, key: String, path: String) throws -> String? {
        guard case .scalar(let scalar) = node else {
            throw TemplateError.malformedStack(path: path, reason: "'\(key)' must be a single value")
        }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return scalar.string
    }

    /// A list of strings; a single scalar counts as a one-item list.
    static func strings(_ node: Node, key: String, path: String) throws -> [String] {
        switch node {
        case .scalar:
            return try string(node, key: key, path: path).map { [$0] } ?? []
        case .sequence(let sequence):
            var output: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    throw TemplateError.malformedStack(path: path, reason: "'\(key)' must be a list of strings")
                }
                output.append(scalar.string)
            }
            return output
        default:
            throw TemplateError.malformedStack(path: path, reason: "'\(key)' must be a list of strings")
        }
    }

    /// A YAML boolean (`true`/`false`).
    static func bool(_ node: Node, key: String, path: String) throws -> Bool {
        guard case .scalar = node, let value = node.bool else {
            throw TemplateError.malformedStack(path: path, reason: "'\(key)' must be true or false")
        }
        return value
    }

    /// Any node as a structural value.
    static func value(_ node: Node) -> TemplateValue {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                if let value = node.bool { return .bool(value) }
                if node.null != nil { return .null }
                if let value = node.float, scalar.string.first.map({ $0.isNumber || $0 == "-" }) == true {
                    return .number(value)
                }
            }
            return .string(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map(value))
        case .mapping(let mapping):
            var output: [String: TemplateValue] = [:]
            for (key, item) in mapping { output[key.string ?? ""] = value(item) }
            return .map(output)
        case .alias:
            return .null
        }
    }

    static func oneLine(_ error: any Error) -> String {
        String(describing: error).split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace }.joined(separator: " ")
    }
}
