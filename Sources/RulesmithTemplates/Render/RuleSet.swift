import RulesmithEditors
import RulesmithFacts

/// The rules of a render, ready for every target: the chain's rules in order (base first, each
/// stack's rules in file-name order), then the repository overlays; variables checked and
/// substituted, bodies normalized. A rule ID that appears again later in the chain (or as an
/// overlay) replaces the earlier rule where it stood, the way a later stack's variable wins:
/// a team stack can rewrite a base rule without forking it, and per-rule file names never clash.
struct RuleSet {
    /// One rule with its variables substituted, before any target's overrides.
    struct Entry {
        var name: String
        var stack: String
        var template: RuleTemplate
        var description: String?
        var body: [UInt8]
        /// Stack guidance (a rule its stack does not mark essential, rendered with facts): loaded
        /// on demand, never in the root of an always-loaded file.
        var guidance = false
        /// A repository overlay that adds a rule (rather than replacing a stack's): it renders
        /// after every stack rule, whatever its activation.
        var added = false
    }

    var entries: [Entry]
    /// Every stack's variables with their values and sources.
    let resolution: VariableResolution

    /// Resolves every variable the chain declares (a required one without a value, or a given
    /// name no stack declares, is an error even when no rendered rule uses it, so a render never
    /// half-succeeds), then substitutes and normalizes every rule.
    init(_ input: RenderInput, notes: inout [RenderNote]) throws(RenderError) {
        resolution = try VariableResolution(chain: input.chain, values: input.variables, facts: input.facts)
        var ordered: [(stack: String, rule: RuleTemplate)] = []
        var position: [String: Int] = [:]
        let sources = input.chain.flatMap { stack in stack.rules.map { (stack.id, $0) } }
            + input.overlays.map { (Self.overlayStack, $0) }
        for (stack, rule) in sources {
            if let index = position[rule.id] {
                ordered[index] = (stack, rule)
            } else {
                position[rule.id] = ordered.count
                ordered.append((stack, rule))
            }
        }
        entries = []
        if let facts = input.facts, let section = RepositorySection.rule(facts) {
            entries.append(Entry(
                name: "\(RepositorySection.stack)/\(section.id)", stack: RepositorySection.stack, template: section,
                description: section.description, body: RenderText.normalizedBody(section.body)))
        }
        let stacks = Dictionary(input.chain.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        let chainRuleIDs = Set(input.chain.flatMap { $0.rules.map(\.id) })
        // A stack that marks any of its rules essential keeps only those in the always-loaded
        // files; a stack that does not (a team's own, written before) renders as written.
        let marking = Set(input.chain.filter { $0.rules.contains { $0.essential != nil } }.map(\.id))
        for (stack, original) in ordered {
            let name = "\(stack)/\(original.id)"
            var rule = original
            var guidance = false
            if let facts = input.facts {
                let projects = VariableResolution.projects(of: stack, chain: input.chain, byID: stacks, facts: facts)
                if let contradiction = VersionFit.contradiction(rule.versions, projects: projects) {
                    notes.append(RenderNote(target: nil, rule: name, message: "\(name) is left out: \(contradiction)"))
                    continue
                }
                if marking.contains(stack), rule.essential != true {
                    guidance = true
                    Self.scope(&rule, to: facts.projects.filter { $0.has(stack: stack) }.map(\.path))
                }
            }
            let body = RenderText.normalizedBody(try substitute(rule.body, stack: stack))
            guard !body.isEmpty else {
                notes.append(RenderNote(target: nil, rule: name, message: "\(name) has an empty body; it is not rendered"))
                continue
            }
            let description = try rule.description.map { text throws(RenderError) in try substitute(line: text, stack: stack) }
            entries.append(Entry(
                name: name, stack: stack, template: rule, description: description, body: body, guidance: guidance,
                added: stack == Self.overlayStack && !chainRuleIDs.contains(original.id)))
        }
    }

    /// Guidance of a stack found in `folders` (not the root) applies there only: its globs get
    /// the folder in front (`backend/**/*.py`), and a rule without globs covers the folder
    /// (`backend/**`). An always-on rule becomes one loaded when relevant (its description, or
    /// the folder's files).
    static func scope(_ rule: inout RuleTemplate, to folders: [String]) {
        let scoped = folders.filter { $0 != "." && !$0.isEmpty }
        if !scoped.isEmpty, !folders.contains(".") {
            let globs = rule.globs.isEmpty ? ["**"] : rule.globs
            rule.globs = scoped.flatMap { folder in globs.map { folder + "/" + ($0.hasPrefix("./") ? String($0.dropFirst(2)) : $0) } }
        }
        if rule.alwaysApply {
            rule.alwaysApply = false
            if rule.description == nil, rule.globs.isEmpty { rule.alwaysApply = true }
        }
    }

    /// The stack name repository overlays render under.
    static let overlayStack = "local"

    /// The rules `target` renders, in order, with that target's overrides applied.
    func rules(for target: String) throws(RenderError) -> [TargetRule] {
        var output: [TargetRule] = []
        for entry in entries where entry.template.applies(to: target) {
            output.append(try view(entry, for: target))
        }
        return output
    }

    /// `overrides.<target>` keys `description`, `globs` and `alwaysApply` change the rule's
    /// activation for that target (in single files too); any other key is frontmatter the
    /// target's per-rule file carries, replacing a generated key of the same name.
    private func view(_ entry: Entry, for target: String) throws(RenderError) -> TargetRule {
        var description = entry.description
        var globs = entry.template.globs
        var alwaysApply = entry.template.alwaysApply
        var fields: [FrontmatterWriter.Field] = []
        let overrides = entry.template.overrides[target] ?? [:]
        for key in overrides.keys.sorted() {
            let value = overrides[key]!
            let place = "\(entry.name): overrides.\(target).\(key)"
            switch (key, value) {
            case ("description", .string(let text)):
                description = try substitute(line: text, stack: entry.stack)
            case ("description", .null):
                description = nil
            case ("globs", .string(let text)):
                let bytes = Array(text.utf8)
                globs = GlobDialect.splitCommaList(bytes[...]).map { String(decoding: bytes[$0], as: UTF8.self) }.filter { !$0.isEmpty }
            case ("globs", .list(let items)):
                globs = []
                for item in items {
                    guard case .string(let glob) = item else { throw .template("\(place) must be a list of glob strings") }
                    globs.append(glob)
                }
            case ("globs", .null):
                globs = []
            case ("alwaysApply", .bool(let flag)):
                alwaysApply = flag
            case ("description", _):
                throw .template("\(place) must be a string")
            case ("globs", _):
                throw .template("\(place) must be a list of glob strings")
            case ("alwaysApply", _):
                throw .template("\(place) must be true or false")
            default:
                fields.append(FrontmatterWriter.Field(key: key, value: FrontmatterWriter.yaml(value)))
            }
        }
        return TargetRule(
            name: entry.name, id: entry.template.id, stack: entry.stack,
            activation: Activation(alwaysApply: alwaysApply, globs: globs, description: description),
            description: description, globs: globs, body: entry.body, frontmatter: fields, guidance: entry.guidance,
            added: entry.added)
    }

    /// `bytes` of a rule of `stack` with its placeholders replaced; lines needing an absent value are left out.
    private func substitute(_ bytes: [UInt8], stack: String) throws(RenderError) -> [UInt8] {
        try PlaceholderSubstitution.substitute(bytes) { name in
            guard let variable = resolution.lookup(name, inRuleOf: stack) else { return .keep }
            return variable.value.map { .value($0) } ?? .absent
        }
    }

    /// A one-line text (a description) with its placeholders replaced; an absent value becomes empty.
    private func substitute(line text: String, stack: String) throws(RenderError) -> String {
        let bytes = try PlaceholderSubstitution.substitute(Array(text.utf8)) { name in
            guard let variable = resolution.lookup(name, inRuleOf: stack) else { return .keep }
            return .value(variable.value ?? "")
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
