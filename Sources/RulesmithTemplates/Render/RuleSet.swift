import RulesmithEditors

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
    }

    var entries: [Entry]
    /// The chain's variables (later stacks win) and the values given, for override descriptions.
    private var variables: [TemplateVariable]
    private var values: [String: String]

    /// Checks every variable the chain declares (a required one without a value is an error
    /// naming it, even when no rendered rule uses it, so a render never half-succeeds), then
    /// substitutes and normalizes every rule.
    init(_ input: RenderInput, notes: inout [RenderNote]) throws(RenderError) {
        variables = StackResolver.variables(of: input.chain)
        values = input.variables
        try Self.checkVariables(input, notes: &notes)
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
        for (stack, rule) in ordered {
            let name = "\(stack)/\(rule.id)"
            let body = RenderText.normalizedBody(try Self.substitute(rule.body, name: name, stack: stack, variables, values))
            guard !body.isEmpty else {
                notes.append(RenderNote(target: nil, rule: name, message: "\(name) has an empty body; it is not rendered"))
                continue
            }
            let description = try rule.description.map { text throws(RenderError) in
                String(decoding: try Self.substitute(Array(text.utf8), name: name, stack: stack, variables, values), as: UTF8.self)
            }
            entries.append(Entry(name: name, stack: stack, template: rule, description: description, body: body))
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
                description = String(decoding: try Self.substitute(Array(text.utf8), name: entry.name, stack: entry.stack, variables, values), as: UTF8.self)
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
            description: description, globs: globs, body: entry.body, frontmatter: fields)
    }

    private static func checkVariables(_ input: RenderInput, notes: inout [RenderNote]) throws(RenderError) {
        var declaredBy: [String: String] = [:]
        for stack in input.chain {
            for variable in stack.variables { declaredBy[variable.name] = stack.id }
        }
        for variable in StackResolver.variables(of: input.chain) {
            let stack = declaredBy[variable.name] ?? ""
            do {
                _ = try TemplateRenderer.value(of: variable, values: input.variables, stack: stack)
            } catch TemplateError.missingVariable(let name, let stack) {
                throw .missingVariable(name: name, stack: stack, meaning: variable.description)
            } catch {
                throw .template("\(error)")
            }
        }
        for name in input.variables.keys.sorted() where declaredBy[name] == nil {
            notes.append(RenderNote(
                target: nil,
                message: "variable '\(name)' is given a value but no stack in the chain declares it (\(input.chain.map(\.id).joined(separator: ", "))); it is unused"))
        }
    }

    private static func substitute(
        _ bytes: [UInt8], name: String, stack: String, _ variables: [TemplateVariable], _ values: [String: String]
    ) throws(RenderError) -> [UInt8] {
        do {
            return try TemplateRenderer.render(bytes, variables: variables, values: values, stack: stack)
        } catch {
            throw .template("\(name): \(error)")
        }
    }
}
