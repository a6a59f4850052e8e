import RulesmithLint
import RulesmithText
import Yams

/// The import gate's scan of template metadata: every string of a `stack.yml` (title,
/// description, variable defaults, descriptions and patterns, …) and of each rule's frontmatter
/// (description, globs, overrides), as the YAML parser decodes it, gets the security rules.
///
/// Linting a rule file's bytes is not enough: a value can reach a generated file (a variable's
/// default is rendered into the body, a description or glob into frontmatter) and YAML escapes
/// (`"\U000E0041"`) hide what it decodes to from a scan of the raw text.
public enum TemplateMetadataScan {
    /// One finding in a metadata value, placed at the file and line the value starts on.
    public struct Finding: Sendable {
        public var stackID: String
        /// The rule whose frontmatter holds the value; nil for `stack.yml`.
        public var ruleID: String?
        public var diagnostic: Diagnostic
    }

    /// A decoded string of a YAML document and the 1-based line and column where it starts.
    struct Value {
        var text: String
        var line: Int
        var column: Int
        /// Whether the text starts on the next line (block scalars: `|`, `>`).
        var isBlock: Bool
    }

    /// The security findings in the metadata of `set`, in stack and file order. Nothing can turn
    /// a rule off: the rules run at their default levels, as they do on the rule files.
    public static func findings(in set: TemplateSet, catalogue: RuleCatalogue = .standard) -> [Finding] {
        var sources: [(stackID: String, ruleID: String?, path: String, yaml: String)] = []
        for stack in set.stacks {
            if stack.format == .rulesmith {
                sources.append((stack.id, nil, stack.sourcePath + "/stack.yml", String(decoding: stack.file, as: UTF8.self)))
            }
            for rule in stack.rules {
                let frontmatter = Frontmatter(SourceText(bytes: rule.source.bytes))
                guard frontmatter.isPresent, frontmatter.closingRange != nil else { continue }
                sources.append((stack.id, rule.id, rule.source.path, String(decoding: rule.source.bytes[frontmatter.contentRange], as: UTF8.self)))
            }
        }
        let defaults = LintOptions()
        let security = Set(catalogue.descriptions.filter { !$0.isSuppressibleInline && $0.id != SuppressionRules.securityInlineID && defaults.isEnabled($0) }.map(\.id))
        let options = LintOptions(onlyRules: security)
        var documents: [LintDocument] = []
        var placed: [(source: Int, value: Value)] = []
        for (index, source) in sources.enumerated() {
            // Frontmatter starts after its `---` line.
            let lineOffset = source.ruleID == nil ? 0 : 1
            for var value in values(in: source.yaml) where !value.text.isEmpty {
                value.line += lineOffset
                documents.append(LintDocument(path: source.path, kind: .agentsMd, source: SourceText(value.text), options: options))
                placed.append((index, value))
            }
        }
        let diagnostics = Linter(catalogue: catalogue).lint(documents)
        var output: [Finding] = []
        for (position, found) in diagnostics.enumerated() {
            let (sourceIndex, value) = placed[position]
            let source = sources[sourceIndex]
            for diagnostic in found {
                output.append(Finding(stackID: source.stackID, ruleID: source.ruleID, diagnostic: place(diagnostic, value)))
            }
        }
        return output
    }

    /// `diagnostic` (lines and columns inside the value) moved to the value's place in its file.
    static func place(_ diagnostic: Diagnostic, _ value: Value) -> Diagnostic {
        var moved = diagnostic
        let firstLine = value.isBlock ? value.line + 1 : value.line
        func position(_ inner: SourcePosition) -> SourcePosition {
            let line = firstLine + inner.line - 1
            let column = inner.line == 1 && !value.isBlock ? value.column + inner.column - 1 : inner.column
            return SourcePosition(line: line, column: column)
        }
        moved.start = position(diagnostic.start)
        moved.end = position(diagnostic.end)
        moved.message += " (in a YAML value, as decoded)"
        return moved
    }

    /// Every scalar of `yaml` (keys and values, in document order), decoded; empty when the
    /// text is not YAML (the template parser has refused that already).
    static func values(in yaml: String) -> [Value] {
        guard let root = try? Yams.compose(yaml: yaml) else { return [] }
        var output: [Value] = []
        // Depth first with an explicit stack: nesting depth is the file's to choose.
        var pending: [Node] = [root]
        while let node = pending.popLast() {
            switch node {
            case .scalar(let scalar):
                let mark = scalar.mark
                let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                output.append(Value(
                    text: scalar.string, line: mark?.line ?? 1, column: (mark?.column ?? 1) + (quoted ? 1 : 0),
                    isBlock: scalar.style == .literal || scalar.style == .folded))
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() {
                    pending.append(value)
                    pending.append(key)
                }
            case .sequence(let sequence):
                pending.append(contentsOf: sequence.reversed())
            case .alias:
                continue
            }
        }
        return output
    }
}
