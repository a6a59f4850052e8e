import RulesmithText
import RulesmithEditors
import RulesmithFacts

/// One file rendered for a target: where it goes in the repository, its bytes, and its origin.
public struct RenderedFile: Sendable, Hashable {
    /// Repository-relative, '/'-separated.
    public var path: String
    /// The target name (`cursor`, `agents`, `claude`, …).
    public var target: String
    public var contents: [UInt8]
    /// The rules it holds, as `stack/rule` (overlay rules as `local/rule`).
    public var rules: [String]
    /// Where each rule's text landed in `contents` (for mapping a hand edit back to its rule).
    public var sections: [RenderedSection]
    /// For a skill's file: whether it is written executable (nil: the mode on disk is kept).
    public var executable: Bool?

    public init(
        path: String, target: String, contents: [UInt8], rules: [String], sections: [RenderedSection] = [], executable: Bool? = nil
    ) {
        self.executable = executable
        self.path = path
        self.target = target
        self.contents = contents
        self.rules = rules
        self.sections = sections
    }
}

/// The byte range one rule's rendered body occupies in a rendered file.
public struct RenderedSection: Sendable, Hashable {
    /// `stack/rule`.
    public var rule: String
    public var range: Range<Int>
    /// The line rulesmith put inside the range, after the rule's heading ("Applies to files
    /// matching …"): generated text, not the rule's, so adoption leaves it out of the body.
    public var introduction: Range<Int>?

    public init(rule: String, range: Range<Int>, introduction: Range<Int>? = nil) {
        self.rule = rule
        self.range = range
        self.introduction = introduction
    }
}

/// What to render: the resolved stack chain (base first), the targets, and variable values.
public struct RenderInput: Sendable {
    public var chain: [TemplateStack]
    public var targets: [String]
    public var variables: [String: String]
    /// Repository-local rules rendered after the stacks' rules (see `rulesmith adopt`).
    public var overlays: [RuleTemplate]
    /// The repository's facts, which fill the variables a stack takes `from:` a fact; nil renders
    /// without them (those variables are absent unless given).
    public var facts: RepositoryFacts?
    /// The always-on budget in bytes (`always-on-budget` in `.rulesmith.yml`); nil: the default
    /// when rendering with facts, none without.
    public var alwaysOnBudget: Int?
    /// The repository's adopted skill files and MCP servers (`rulesmith adopt`).
    public var assetOverlays: AssetOverlays

    public init(
        chain: [TemplateStack], targets: [String], variables: [String: String] = [:], overlays: [RuleTemplate] = [],
        facts: RepositoryFacts? = nil, alwaysOnBudget: Int? = nil, assetOverlays: AssetOverlays = AssetOverlays()
    ) {
        self.alwaysOnBudget = alwaysOnBudget
        self.assetOverlays = assetOverlays
        self.chain = chain
        self.targets = targets
        self.variables = variables
        self.overlays = overlays
        self.facts = facts
    }
}

/// Why rendering stopped; nothing is written.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownTarget(String)
    case template(String)
    /// `path` would hold `size` `unit`s where the editor reads `budget`; `overflow` names the rules that do not fit and their sizes.
    case overBudget(target: String, path: String, size: Int, budget: Int, unit: String, overflow: [String])
    /// A variable the chain declares without a default was given no value.
    case missingVariable(name: String, stack: String, meaning: String?)
    /// A value was given for a variable no stack of the chain declares.
    case unknownVariable(name: String, reason: String)

    public var description: String {
        switch self {
        case .unknownTarget(let name):
            "unknown target '\(name)'; targets are \(TargetCatalogue.targets.map(\.name).joined(separator: ", "))"
        case .template(let message): message
        case .overBudget(let target, let path, let size, let budget, let unit, let overflow):
            "\(path) (\(target)) would be \(RenderText.grouped(size)) \(unit), \(RenderText.grouped(size - budget)) over the "
                + "\(RenderText.grouped(budget))-\(RenderText.singular(unit)) budget its editor reads before truncating; rules that do not fit: "
                + "\(overflow.joined(separator: ", ")); shorten or split them (rulesmith never truncates)"
        case .missingVariable(let name, let stack, let meaning):
            "variable '\(name)' of stack '\(stack)'\(meaning.map { " (\($0))" } ?? "") has no value and no default; "
                + "give it one with \(option: .variable) \(stack).\(name)=VALUE or under variables: in .rulesmith.yml"
        case .unknownVariable(let name, let reason):
            "variable '\(name)' is unknown: \(reason)"
        }
    }
}
