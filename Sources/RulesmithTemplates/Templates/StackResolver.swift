/// Orders a stack after everything it extends: `base` first, then each `extends` entry
/// (recursively, depth first), then the stack itself; each stack once.
public enum StackResolver {
    /// The stack that every other stack builds on, when the registry has it.
    public static let baseStackID = "base"

    /// The chain for `id`, base first; throws for unknown stacks and cycles.
    public static func resolve(_ id: String, in stacks: [String: TemplateStack]) throws -> [TemplateStack] {
        try resolve([id], in: stacks)
    }

    /// The merged chain for several stacks (e.g. `--stack swift --stack docker`), base first.
    public static func resolve(_ ids: [String], in stacks: [String: TemplateStack]) throws -> [TemplateStack] {
        var ordered: [TemplateStack] = []
        var done = Set<String>()
        var visiting: [String] = []

        func visit(_ id: String, from parent: String?) throws {
            if done.contains(id) { return }
            if let start = visiting.firstIndex(of: id) {
                throw TemplateError.extendsCycle(Array(visiting[start...]) + [id])
            }
            guard let stack = stacks[id] else {
                throw TemplateError.unknownStack(id: id, referencedBy: parent ?? id)
            }
            visiting.append(id)
            for base in stack.extends { try visit(base, from: id) }
            visiting.removeLast()
            done.insert(id)
            ordered.append(stack)
        }

        if stacks[baseStackID] != nil { try visit(baseStackID, from: nil) }
        for id in ids { try visit(id, from: nil) }
        return ordered
    }

    /// The variables visible in a chain: later stacks override earlier ones of the same name.
    public static func variables(of chain: [TemplateStack]) -> [TemplateVariable] {
        var order: [String] = []
        var byName: [String: TemplateVariable] = [:]
        for stack in chain {
            for variable in stack.variables {
                if byName[variable.name] == nil { order.append(variable.name) }
                byName[variable.name] = variable
            }
        }
        return order.map { byName[$0]! }
    }

    /// Checks that every `{{name}}` in `stack`'s rules is declared along its chain.
    public static func checkPlaceholders(of stack: TemplateStack, in stacks: [String: TemplateStack]) throws {
        let declared = Set(variables(of: try resolve(stack.id, in: stacks)).map(\.name))
        for rule in stack.rules {
            for name in TemplateRenderer.placeholders(in: rule.body) where !declared.contains(name) {
                throw TemplateError.undeclaredVariable(name: name, path: rule.source.path)
            }
        }
    }
}
