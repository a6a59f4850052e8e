import RulesmithText
import Yams

/// Reading a small YAML file strictly (`.rulesmith.yml`, the sync manifest): parse with a size
/// cap, then walk the tree with typed accessors that collect every problem with its file:line.
package enum StrictYAML {
    /// The root node of `text`, nil when the file holds no document. `tooLarge` completes
    /// "larger than N MB; …" for a file over `maximumSize` bytes.
    package static func compose(_ text: String, path: String, maximumSize: Int, tooLarge: String) throws(ConfigurationErrors) -> Node? {
        guard text.utf8.count <= maximumSize else {
            throw ConfigurationErrors([ConfigurationError(path: path, line: nil, message: "larger than \(maximumSize >> 20) MB; \(tooLarge)")])
        }
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigurationErrors([describe(error, path: path)])
        } catch {
            throw ConfigurationErrors([ConfigurationError(path: path, line: nil, message: "not valid YAML: \(oneLine(String(describing: error)))")])
        }
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

/// A walk over a strict YAML tree: typed values out, every problem into `errors`.
package protocol StrictYAMLWalker {
    var path: String { get }
    var errors: [ConfigurationError] { get set }
}

extension StrictYAMLWalker {
    package mutating func fail(_ node: Node?, _ message: String) {
        errors.append(ConfigurationError(path: path, line: node?.mark?.line, column: node?.mark?.column, message: message))
    }

    /// The entries of a mapping with plain-string keys; nil (and a problem) when `node` is not one.
    package mutating func mapping(_ node: Node, _ context: String) -> [(key: String, keyNode: Node, value: Node)]? {
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

    package mutating func string(_ node: Node, _ key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            fail(node, "'\(key)' must be a single value")
            return nil
        }
        return scalar.string
    }

    package mutating func nonEmptyString(_ node: Node, _ key: String) -> String? {
        guard let text = string(node, key) else { return nil }
        guard !text.isEmpty else {
            fail(node, "'\(key)' must not be empty")
            return nil
        }
        return text
    }

    mutating func int(_ node: Node, _ key: String) -> Int? {
        guard let text = string(node, key) else { return nil }
        guard let value = Int(text) else {
            fail(node, "'\(key)' must be a whole number, not '\(text)'")
            return nil
        }
        return value
    }

    package mutating func bool(_ node: Node, _ key: String) -> Bool? {
        guard let text = string(node, key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            fail(node, "'\(key)' must be true or false, not '\(text)'")
            return nil
        }
    }

    /// A list, or one scalar as a list of one; `commaSeparated` also splits that scalar at commas
    /// (`targets: agents, claude`), which lists of globs must not do (`{a,b}`).
    package mutating func strings(_ node: Node, _ key: String, commaSeparated: Bool = false) -> [String] {
        if case .scalar(let scalar) = node {
            if scalar.string.isEmpty { return [] }
            return commaSeparated ? scalar.string.split(separator: ",").map { String($0.trimming(" ")) } : [scalar.string]
        }
        guard case .sequence(let sequence) = node else {
            fail(node, "'\(key)' must be a list")
            return []
        }
        return sequence.compactMap { string($0, key) }
    }

    package mutating func unknown(_ keyNode: Node, _ key: String, in context: String, known: [String]) {
        let suggestion = closestMatch(to: key, in: known, within: 3).map { " (did you mean '\($0)'?)" } ?? ""
        fail(keyNode, "unknown key '\(key)' in \(context)\(suggestion); known keys: \(known.joined(separator: ", "))")
    }
}
