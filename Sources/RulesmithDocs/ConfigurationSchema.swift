import RulesmithLint
import RulesmithTemplates
import RulesmithText

/// The JSON Schema (draft-07) of `.rulesmith.yml`, so that editors validate and complete it: every
/// key `ConfigurationReader` accepts, rule keys (IDs, names and aliases, any case), levels, tags,
/// targets, stack IDs and variable names. `ConfigurationSchemaTests` holds it to the reader.
public struct ConfigurationSchema: Sendable {
    public let catalogue: RuleCatalogue

    public init(catalogue: RuleCatalogue = .standard) {
        self.catalogue = catalogue
    }

    /// Where the schema is committed, relative to the package root.
    public static let path = "docs/rulesmith.schema.json"

    /// The schema as pretty-printed JSON.
    public func render() -> String {
        JSONValue.object([
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            ("title", .string(".rulesmith.yml")),
            ("description", .string(
                "rulesmith's repository configuration. Generated from the rule catalogue by "
                    + "`swift run rulesmith-dev generate-docs`; edit the rules or the reader, not this file.")),
            ("type", .string("object")),
            ("additionalProperties", .bool(false)),
            ("properties", .object(topLevel)),
            ("definitions", .object(definitions)),
        ]).serialized(pretty: true) + "\n"
    }

    private var topLevel: [(String, JSONValue)] {
        [
            ("version", described("The configuration format; this rulesmith reads version 1.", .object([("enum", .array([.int(1), .string("1")]))]))),
            ("stacks", described(
                "Stack IDs to render (kebab-case, as `rulesmith registry list` shows); empty means detected, and `auto` in the list stands for the stacks detected in the repository on each render (`[auto, acme-platform]`: detected, plus these).",
                listOrOne(.object([
                    ("type", .string("string")), ("pattern", .string(Self.kebabCase)),
                    ("maxLength", .int(TemplateIdentifier.maximumLength)),
                ])))),
            ("targets", described(
                "The editors' files to render.",
                listOrOne(.object([("enum", .array(ConfigurationReader.targetNames.sorted().map(JSONValue.string)))])))),
            ("variables", described(
                "Template variables (`{{project_name}}`, …) by name.",
                .object([
                    ("type", .string("object")),
                    ("propertyNames", .object([("pattern", .string(Self.variableName))])),
                    ("additionalProperties", reference("scalar")),
                ]))),
            ("registry", described("Where the templates come from.", object([
                ("source", described("A git URL or a path of a team template repository; absent means the built-in templates.", reference("scalar"))),
                ("ref", described("Branch, tag or commit of `source`.", reference("scalar"))),
                ("revision", described("The registry revision the generated files were rendered from.", reference("integer"))),
            ]))),
            ("lint", described("How `rulesmith lint` judges this repository.", object(lint))),
            ("hook", described("The pre-commit hook.", object([
                ("check-drift", described("Also block a commit whose generated files drifted from the templates.", reference("boolean"))),
            ]))),
            ("llms-txt", described("`rulesmith llms generate` and the `llms-txt` target.", object([
                ("docs", described("The documentation folder (default `docs/`).", reference("scalar"))),
                ("title", described("The H1; default the README's H1.", reference("scalar"))),
                ("summary", described("The summary; default the README's first paragraph.", reference("scalar"))),
                ("base-url", described("Prefix that makes the links absolute.", reference("scalar"))),
                ("optional-after", described("Documents per section before the rest moves to `## Optional` (default 15).", reference("integer"))),
            ]))),
            ("always-on-budget", described("Bytes the always-loaded files (AGENTS.md, CLAUDE.md, …) may hold; default 4 KB plus 1 KB per further project.", reference("integer"))),
            ("overlays", described("Repository-local rule files applied on top of the stacks (see `rulesmith adopt`).", listOrOne(reference("scalar")))),
        ]
    }

    private var lint: [(String, JSONValue)] {
        [
            ("profile", described("The llms.txt proposal version files are judged against.", .object([("enum", .array(Profile.allCases.map { .string($0.rawValue) }))]))),
            ("compat", described(
                "Also predict a consumer's behaviour (`none` turns it off).",
                .object([("enum", .array((CompatMode.allCases.map(\.rawValue) + ["none", ""]).map(JSONValue.string)))]))),
            ("strict", described("Warnings fail the run.", reference("boolean"))),
            ("rules", described("Levels by rule ID, alias or name (any case).", .object([
                ("type", .string("object")),
                ("properties", .object(ruleProperties)),
                ("propertyNames", reference("ruleKey")),
                ("additionalProperties", reference("level")),
            ]))),
            ("tags", described("Levels by tag (`rulesmith rules` shows each rule's tags).", .object([
                ("type", .string("object")),
                ("propertyNames", reference("tag")),
                ("additionalProperties", reference("level")),
            ]))),
            ("ignore", described("Globs (gitignore syntax) of paths lint never looks at.", listOrOne(reference("scalar")))),
            ("per-path", described(
                "Levels for the files a glob matches (gitignore syntax, relative to this file), by rule ID, alias, name or tag: "
                    + "with `lint.rules` and `lint.tags`, the only way to turn off a security rule.",
                .object([
                    ("type", .string("object")),
                    ("additionalProperties", .object([
                        ("type", .string("object")),
                        ("propertyNames", .object([("anyOf", .array([reference("ruleKey"), reference("tag")]))])),
                        ("additionalProperties", reference("level")),
                    ])),
                ]))),
        ]
    }

    /// One completion entry per rule ID, with its name and summary as the hover text.
    private var ruleProperties: [(String, JSONValue)] {
        catalogue.descriptions.map { description in
            (description.id, described("\(description.name): \(description.summary)", reference("level")))
        }
    }

    private var definitions: [(String, JSONValue)] {
        let descriptions = catalogue.descriptions
        let keys = descriptions.flatMap { [$0.id, $0.name] + $0.aliases }
        return [
            ("scalar", .object([("type", .array(["string", "number", "boolean"].map(JSONValue.string)))])),
            ("integer", .object([("anyOf", .array([
                .object([("type", .string("integer"))]),
                .object([("type", .string("string")), ("pattern", .string("^-?[0-9]+$"))]),
            ]))])),
            ("boolean", .object([("anyOf", .array([
                .object([("type", .string("boolean"))]),
                .object([("type", .string("string")), ("pattern", .string(Self.anyCase(["true", "yes", "on", "false", "no", "off"])))]),
            ]))])),
            ("level", .object([
                ("description", .string("off, info, warning or error (also false, disable(d), warn, note; any case).")),
                ("anyOf", .array([
                    .object([("enum", .array(["off", "info", "warning", "error"].map(JSONValue.string)))]),
                    .object([("type", .string("string")), ("pattern", .string(Self.anyCase(Self.levelWords)))]),
                    .object([("const", .bool(false))]),
                ])),
            ])),
            ("ruleKey", .object([
                ("description", .string("A rule ID, name or alias, in any case (`rulesmith rules` lists them).")),
                ("type", .string("string")),
                ("pattern", .string(Self.anyCase(keys))),
            ])),
            ("tag", .object([("enum", .array(catalogue.tags.sorted().map(JSONValue.string)))])),
        ]
    }

    /// Every spelling `RuleLevel(_:)` accepts.
    static let levelWords = ["off", "false", "disable", "disabled", "error", "warning", "warn", "info", "note"]
    /// `TemplateIdentifier.isKebabCase`: lowercase letters and digits in groups joined by single hyphens.
    static let kebabCase = "^[a-z0-9]+(-[a-z0-9]+)*$"
    /// `TemplateIdentifier.isVariableName`: a letter or underscore, then letters, digits, underscores.
    static let variableName = "^[A-Za-z_][A-Za-z0-9_]*$"

    /// A pattern that matches exactly one of `words`, ignoring ASCII case (JSON Schema patterns
    /// have no case-insensitive flag).
    static func anyCase(_ words: [String]) -> String {
        let alternatives = words.map { word in
            word.map { character -> String in
                let lower = character.lowercased()
                let upper = character.uppercased()
                if lower != upper { return "[\(lower)\(upper)]" }
                return ".+*?()[]{}|^$\\".contains(character) ? "\\\(character)" : String(character)
            }.joined()
        }
        return "^(" + alternatives.joined(separator: "|") + ")$"
    }

    private func object(_ properties: [(String, JSONValue)]) -> JSONValue {
        .object([("type", .string("object")), ("additionalProperties", .bool(false)), ("properties", .object(properties))])
    }

    private func listOrOne(_ item: JSONValue) -> JSONValue {
        .object([("anyOf", .array([.object([("type", .string("array")), ("items", item)]), item]))])
    }

    private func reference(_ name: String) -> JSONValue {
        .object([("$ref", .string("#/definitions/\(name)"))])
    }

    private func described(_ text: String, _ schema: JSONValue) -> JSONValue {
        guard case .object(let entries) = schema else { return schema }
        return .object([("description", .string(text))] + entries)
    }
}
