import RulesmithText
import RulesmithFacts

/// The values of every variable a stack chain declares, per stack: `python.test_command` and
/// `typescript.test_command` are two variables, so one stack's command never overwrites another's.
///
/// A value comes from, in order: a given value for `stack.name`, a given value for the bare
/// `name` (every stack that declares it), the repository fact the stack names in `from:` (from
/// the project where the stack was found), the stack's `default:`. A variable with `from:` and
/// none of these is absent, and the lines that use it are left out: a rule never states a
/// command the repository does not have. A given name no stack of the chain declares is an error.
public struct VariableResolution: Sendable {
    /// Every declared variable, in chain order (base first), each stack's in declaration order.
    public private(set) var variables: [ResolvedVariable] = []
    /// Stack ID → the stacks whose variables its rules see (its own chain, base first).
    private var scopes: [String: [String]] = [:]
    private var byKey: [String: Int] = [:]

    /// - Throws: `RenderError` for an unknown given name, a required variable without a value,
    ///   or a value that fails its pattern.
    public init(chain: [TemplateStack], values: [String: String], facts: RepositoryFacts?) throws(RenderError) {
        let byID = Dictionary(chain.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        try Self.checkNames(values, chain: chain)
        for stack in chain {
            scopes[stack.id] = stack.id == RuleSet.overlayStack
                ? chain.map(\.id) : ((try? StackResolver.resolve(stack.id, in: byID)) ?? [stack]).map(\.id)
            let projects = Self.projects(of: stack.id, chain: chain, byID: byID, facts: facts)
            for variable in stack.variables {
                let resolved = try Self.resolve(variable, stack: stack.id, values: values, projects: projects)
                byKey["\(stack.id).\(variable.name)"] = variables.count
                variables.append(resolved)
            }
        }
    }

    /// The variable `{{name}}` means in a rule of `stack`: the one the nearest stack of that
    /// stack's own chain declares (repository overlays see the whole chain, later stacks first).
    public func lookup(_ name: String, inRuleOf stack: String) -> ResolvedVariable? {
        guard let scope = scopes[stack] else { return variables.last { $0.name == name } }
        for id in scope.reversed() {
            if let index = byKey["\(id).\(name)"] { return variables[index] }
        }
        return nil
    }

    /// A given name must be declared: `stack.name` by that stack of the chain, a bare name by any.
    public static func checkNames(_ values: [String: String], chain: [TemplateStack]) throws(RenderError) {
        let chainIDs = chain.map(\.id).joined(separator: ", ")
        for key in values.keys.sorted() {
            if let dot = key.firstIndex(of: ".") {
                let stackID = String(key[..<dot])
                let name = String(key[key.index(after: dot)...])
                guard let stack = chain.first(where: { $0.id == stackID }) else {
                    throw .unknownVariable(name: key, reason: "stack '\(stackID)' is not in the chain (\(chainIDs))")
                }
                guard stack.variable(named: name) != nil else {
                    let names = stack.variables.map { "\(stackID).\($0.name)" }
                    throw .unknownVariable(
                        name: key, reason: "stack '\(stackID)' declares no variable '\(name)'"
                            + (names.isEmpty ? "" : "; it declares \(names.joined(separator: ", "))"))
                }
            } else if !chain.contains(where: { $0.variable(named: key) != nil }) {
                let declared = chain.flatMap { $0.variables.map(\.name) }
                let hint = closestMatch(to: key, in: declared, within: 3, ignoringCase: true).map { "; did you mean '\($0)'?" } ?? ""
                throw .unknownVariable(name: key, reason: "no stack of the chain (\(chainIDs)) declares it\(hint)")
            }
        }
    }

    /// The projects whose facts fill a stack's variables: where the stack was found; else where a
    /// stack that extends it was found (typescript's commands in a Next.js folder); else the root.
    static func projects(
        of stack: String, chain: [TemplateStack], byID: [String: TemplateStack], facts: RepositoryFacts?
    ) -> [ProjectFacts] {
        guard let facts else { return [] }
        let own = facts.projects.filter { $0.has(stack: stack) }
        if !own.isEmpty { return own }
        let extenders = chain.filter { other in
            other.id != stack && ((try? StackResolver.resolve(other.id, in: byID)) ?? []).contains { $0.id == stack }
        }.map(\.id)
        let viaExtenders = facts.projects.filter { project in extenders.contains { project.has(stack: $0) } }
        if !viaExtenders.isEmpty { return viaExtenders }
        return facts.project(at: ".").map { [$0] } ?? []
    }

    private static func resolve(
        _ variable: TemplateVariable, stack: String, values: [String: String], projects: [ProjectFacts]
    ) throws(RenderError) -> ResolvedVariable {
        var output = ResolvedVariable(stack: stack, name: variable.name, value: nil, source: .defaultValue, description: variable.description)
        let qualified = "\(stack).\(variable.name)"
        if let value = values[qualified] {
            (output.value, output.source) = (value, .given(key: qualified))
        } else if let value = values[variable.name] {
            (output.value, output.source) = (value, .given(key: variable.name))
        } else if let reference = variable.fact,
                  let (project, found) = projects.lazy.compactMap({ project in reference.value(in: project).map { (project, $0) } }).first {
            (output.value, output.source) = (found.value, .fact(reference: reference.description, project: project.path, evidence: found.evidence.description))
        } else if let value = variable.defaultValue {
            output.value = value
        } else if let from = variable.from {
            output.source = .absent(reference: from)
            return output
        } else {
            throw .missingVariable(name: variable.name, stack: stack, meaning: variable.description)
        }
        if let pattern = variable.pattern, let value = output.value {
            guard let regex = try? Regex(pattern), (try? regex.firstMatch(in: value)) != nil else {
                throw .template("\(TemplateError.variablePatternMismatch(name: qualified, value: value, pattern: pattern))")
            }
        }
        return output
    }
}
