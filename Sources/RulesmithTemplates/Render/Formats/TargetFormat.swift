import RulesmithEditors

/// Renders one target's files from the rules that apply to it. Each target has its own pure
/// format (one file each), driven by its `TargetCatalogue` entry for paths and dialect.
protocol TargetFormat {
    /// The catalogue name (`cursor`, `agents`, …).
    static var name: String { get }
    static func render(_ rules: [TargetRule], context: RenderContext, notes: inout [RenderNote]) -> [RenderedFile]
    /// The activations whose per-rule files the editor loads at the start of every task, so they
    /// count in the always-on size.
    static var loadedOnEveryTask: Set<Activation> { get }
}

extension TargetFormat {
    static var loadedOnEveryTask: Set<Activation> { [.always] }
}

/// What a format may know besides its own rules: its catalogue entry and the other targets of
/// the same render (CLAUDE.md imports AGENTS.md only when AGENTS.md is rendered too).
struct RenderContext {
    var target: Target
    /// The rules of every requested target, by target name.
    var rulesByTarget: [String: [TargetRule]]
    /// The chain's MCP servers (name → pretty value text, variables filled), later stacks winning.
    var servers: [(String, [UInt8])] = []
    /// The chain's skills with the stack each comes from, later stacks winning.
    var skills: [(String, SkillTemplate)] = []
}
