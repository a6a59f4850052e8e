/// Replaces `{{name}}` placeholders in a rule body with variable values.
public enum TemplateRenderer {
    /// `body` with every declared `{{name}}` replaced by `values[name]` or the variable's default.
    /// Placeholders of undeclared names are left as written (bodies may show `{{x}}` in code).
    /// Throws when a declared variable has neither, or a value fails the variable's pattern.
    public static func render(
        _ body: [UInt8], variables: [TemplateVariable], values: [String: String], stack: String
    ) throws -> [UInt8] {
        var declared: [String: TemplateVariable] = [:]
        for variable in variables { declared[variable.name] = variable }
        var resolved: [String: [UInt8]] = [:]
        var output = [UInt8]()
        output.reserveCapacity(body.count)
        var index = 0
        var copied = 0
        while let placeholder = nextPlaceholder(in: body, from: index) {
            index = placeholder.range.upperBound
            guard let variable = declared[placeholder.name] else { continue }
            if resolved[variable.name] == nil {
                resolved[variable.name] = Array(try value(of: variable, values: values, stack: stack).utf8)
            }
            output.append(contentsOf: body[copied..<placeholder.range.lowerBound])
            output.append(contentsOf: resolved[variable.name]!)
            copied = placeholder.range.upperBound
        }
        output.append(contentsOf: body[copied...])
        return output
    }

    /// The value a render would use for `variable`, checked against its pattern.
    public static func value(of variable: TemplateVariable, values: [String: String], stack: String) throws -> String {
        guard let value = values[variable.name] ?? variable.defaultValue else {
            throw TemplateError.missingVariable(name: variable.name, stack: stack)
        }
        if let pattern = variable.pattern {
            guard let regex = try? Regex(pattern), (try? regex.firstMatch(in: value)) != nil else {
                throw TemplateError.variablePatternMismatch(name: variable.name, value: value, pattern: pattern)
            }
        }
        return value
    }

    /// The names of every `{{name}}` placeholder in `body`, in order of first use.
    public static func placeholders(in body: [UInt8]) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        var index = 0
        while let placeholder = nextPlaceholder(in: body, from: index) {
            index = placeholder.range.upperBound
            if seen.insert(placeholder.name).inserted { names.append(placeholder.name) }
        }
        return names
    }

    /// The next `{{identifier}}` at or after `start` (no spaces inside the braces).
    static func nextPlaceholder(in body: [UInt8], from start: Int) -> (name: String, range: Range<Int>)? {
        var index = start
        let count = body.count
        while index + 5 <= count {
            guard body[index] == UInt8(ascii: "{"), body[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let nameStart = index + 2
            var cursor = nameStart
            if cursor < count, TemplateIdentifier.isIdentifierHead(body[cursor]) {
                cursor += 1
                while cursor < count, TemplateIdentifier.isIdentifierTail(body[cursor]) { cursor += 1 }
                if cursor + 1 < count, body[cursor] == UInt8(ascii: "}"), body[cursor + 1] == UInt8(ascii: "}") {
                    return (String(decoding: body[nameStart..<cursor], as: UTF8.self), index..<(cursor + 2))
                }
            }
            index += 1
        }
        return nil
    }
}
