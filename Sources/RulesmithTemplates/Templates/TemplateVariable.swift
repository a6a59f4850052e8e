/// A `{{name}}` placeholder a stack declares: what it means, its default, and the shape of a value.
public struct TemplateVariable: Sendable, Hashable, Codable {
    public var name: String
    public var description: String?
    /// Used when no value is given; nil makes the variable required.
    public var defaultValue: String?
    /// A regular expression every value must match (anchors included when wanted).
    public var pattern: String?
    /// The repository fact that fills it (`commands.test`), as `from:` spells it; see `FactReference`.
    public var from: String?

    public init(name: String, description: String? = nil, defaultValue: String? = nil, pattern: String? = nil, from: String? = nil) {
        self.name = name
        self.description = description
        self.defaultValue = defaultValue
        self.pattern = pattern
        self.from = from
    }

    /// A variable without a default or a fact must be given a value when rendering; one filled
    /// from a fact that no file proves is absent instead, and the lines that use it are left out.
    public var isRequired: Bool { defaultValue == nil && from == nil }

    /// The fact that fills it, when `from` names one.
    public var fact: FactReference? { from.flatMap(FactReference.init) }
}
