/// A stack of rule templates (e.g. `swift`, `python-django`): metadata, detection hints,
/// variables, the stacks it extends, its rules, and the exact bytes of its `stack.yml`.
public struct TemplateStack: Sendable, Hashable {
    /// Kebab-case, at most 64 characters, equal to the folder name.
    public var id: String
    public var title: String
    public var description: String
    /// One of the categories of `Registry/index.yml`.
    public var category: String
    public var tags: [String]
    /// Stacks whose rules come first, in order (`base` is always included when it exists).
    public var extends: [String]
    public var author: String?
    public var license: String?
    public var detect: DetectionHints
    public var variables: [TemplateVariable]
    /// Rules in file-name order.
    public var rules: [RuleTemplate]
    /// The exact `stack.yml` bytes, as stored and exported.
    public var file: [UInt8]
    /// Other files of the stack folder (file name → bytes), such as `README.md`.
    public var documents: [String: [UInt8]]
    /// The Agent Skills it carries (`skills/<name>/…` in the stack folder), by name.
    public var skills: [SkillTemplate] = []
    /// Where the stack came from, relative to the import root (e.g. `Templates/swift`).
    public var sourcePath: String
    /// The layout it was read from.
    public var format: TemplateFormat

    public init(
        id: String, title: String, description: String, category: String, tags: [String] = [],
        extends: [String] = [], author: String? = nil, license: String? = nil,
        detect: DetectionHints = DetectionHints(), variables: [TemplateVariable] = [], rules: [RuleTemplate] = [],
        file: [UInt8], documents: [String: [UInt8]] = [:], sourcePath: String, format: TemplateFormat = .rulesmith
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.category = category
        self.tags = tags
        self.extends = extends
        self.author = author
        self.license = license
        self.detect = detect
        self.variables = variables
        self.rules = rules
        self.file = file
        self.documents = documents
        self.sourcePath = sourcePath
        self.format = format
    }

    /// A hash over every stored byte of the stack (stack.yml, rules, documents), to tell whether
    /// an import changed it.
    public var contentHash: String {
        var bytes: [UInt8] = []
        func add(_ name: String, _ content: [UInt8]) {
            bytes.append(contentsOf: Array("\(name)\u{0}\(content.count)\u{0}".utf8))
            bytes.append(contentsOf: content)
        }
        add("stack.yml", file)
        for rule in rules { add(rule.id + ".md", rule.file) }
        for name in documents.keys.sorted() { add(name, documents[name]!) }
        for skill in skills {
            for path in skill.sortedPaths {
                add("\(SkillTemplate.folder)/\(skill.name)/\(path)\(skill.executables.contains(path) ? "*" : "")", skill.files[path]!)
            }
        }
        return ContentHash.sha256(bytes)
    }

    /// The variable called `name`, if the stack declares it.
    public func variable(named name: String) -> TemplateVariable? {
        variables.first { $0.name == name }
    }
}

/// The layout a stack was imported from.
public enum TemplateFormat: String, Sendable, Hashable, Codable {
    /// `Templates/<stack>/stack.yml` + `<rule>.md` (this project's format).
    case rulesmith
    /// awesome-cursorrules: a folder of `.mdc` files, or a folder with `.cursorrules`.
    case awesomeCursorrules = "awesome-cursorrules"
}
