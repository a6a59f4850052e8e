/// Why a template tree, stack or rule was refused, or a rendering failed; each case names the
/// file or variable at fault.
public enum TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stack, rule or variable ID that is not kebab-case (or snake_case for variables).
    case invalidIdentifier(kind: String, value: String, path: String)
    /// A path that is absolute, climbs with `..`, or is otherwise not a plain relative path.
    case unsafePath(String)
    /// `stack.yml` could not be read or lacks a required field.
    case malformedStack(path: String, reason: String)
    /// A rule file's frontmatter or encoding is wrong.
    case malformedRule(path: String, reason: String)
    /// A file that the layout does not allow in that place.
    case unexpectedFile(String)
    /// Nothing in the tree looked like a template layout.
    case noTemplates(String)
    /// The same stack ID appears twice in one import.
    case duplicateStack(id: String, paths: [String])
    /// A rule body uses `{{name}}` that neither the stack nor a stack it extends declares.
    case undeclaredVariable(name: String, path: String)
    /// Rendering needed a variable that has no value and no default.
    case missingVariable(name: String, stack: String)
    /// A variable's value does not match the pattern its stack declares.
    case variablePatternMismatch(name: String, value: String, pattern: String)
    /// A variable's `pattern` is not a valid regular expression.
    case invalidPattern(name: String, pattern: String, path: String)
    /// `extends` names a stack that does not exist.
    case unknownStack(id: String, referencedBy: String)
    /// `extends` loops back on itself.
    case extendsCycle([String])

    public var description: String {
        switch self {
        case let .invalidIdentifier(kind, value, path):
            "\(path): \(kind) '\(value)' is not kebab-case (a-z, 0-9 and single hyphens, at most 64 characters)"
        case let .unsafePath(path):
            "\(path): path is absolute, climbs out with '..', or has an empty component"
        case let .malformedStack(path, reason):
            "\(path): \(reason)"
        case let .malformedRule(path, reason):
            "\(path): \(reason)"
        case let .unexpectedFile(path):
            "\(path): not part of the template layout (a stack folder holds stack.yml, README.md and <rule-id>.md files)"
        case let .noTemplates(path):
            "\(path): no stack.yml, Templates/ folder, .mdc files or .cursorrules found"
        case let .duplicateStack(id, paths):
            "stack '\(id)' is defined twice: \(paths.joined(separator: ", "))"
        case let .undeclaredVariable(name, path):
            "\(path): '{{\(name)}}' is not declared in the stack's variables or a stack it extends"
        case let .missingVariable(name, stack):
            "variable '\(name)' of stack '\(stack)' has no value and no default; pass a value for it"
        case let .variablePatternMismatch(name, value, pattern):
            "variable '\(name)' value '\(value)' does not match its pattern \(pattern)"
        case let .invalidPattern(name, pattern, path):
            "\(path): variable '\(name)' has a pattern that is not a valid regular expression: \(pattern)"
        case let .unknownStack(id, referencedBy):
            "stack '\(referencedBy)' extends '\(id)', which is not in the registry"
        case let .extendsCycle(chain):
            "stacks extend each other in a cycle: \(chain.joined(separator: " -> "))"
        }
    }
}
