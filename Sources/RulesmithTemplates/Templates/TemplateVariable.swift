/// A `{{name}}` placeholder a stack declares: what it means, its default, and the shape of a value.
public struct TemplateVariable: Sendable, Hashable, Codable {
    public var name: String
    public var description: String?
    /// Used when no value is given; nil makes the variable required.
    public var defaultValue: String?
    /// A regular expression every value must match (anchors included when wanted).
    public var pattern: String?

    public init(name: String, description: String? = nil, defaultValue: String? = nil, pattern: String? = nil) {
        self.name = name
        self.description = description
        self.defaultValue = defaultValue
        self.pattern = pattern
    }

    /// A variable without a default must be given a value when rendering.
    public var isRequired: Bool { defaultValue == nil }
}
