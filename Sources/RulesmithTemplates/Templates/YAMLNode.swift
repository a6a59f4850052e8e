import RulesmithText
import Yams

/// Reading Yams nodes into template values with messages that say what was expected.
enum YAMLNode {
    /// Parses `text` into a mapping's pairs, keeping their order; an empty document is no pairs.
    static func mapping(_ text: String, path: String, what: String) throws -> [(key: String, value: Node)] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw invalid(error, text: text, path: path, what: what)
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

    /// A YAML error named by its line, with the fix when it is the usual one: an unquoted value
    /// holding `: ` (`description: Foo: bar`) must be quoted.
    static func invalid(_ error: YamlError, text: String, path: String, what: String) -> TemplateError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            let first = problem.split(whereSeparator: \.isNewline).first.map { String($0.trimmingWhitespace) } ?? problem
            var reason = "\(what) is not valid YAML at line \(mark.line): \(first)"
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if problem.contains("mapping values are not allowed"), mark.line >= 1, mark.line <= lines.count {
                let line = lines[mark.line - 1]
                if let colon = line.range(of: ": ") {
                    let key = line[..<colon.lowerBound]
                    let value = String(line[colon.upperBound...].trimmingWhitespace)
                    let example = PrintableMessage.make("\(key): \(YAMLScalar.quoted(value))")
                    reason += "; a value that contains ': ' must be quoted: \(example)"
                } else {
                    reason += "; a value that contains ': ' must be quoted (\"like: this\")"
                }
            }
            return .malformedStack(path: "\(path):\(mark.line)", reason: reason)
        default:
            return .malformedStack(path: path, reason: "\(what) is not valid YAML: \(oneLine(error))")
        }
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
