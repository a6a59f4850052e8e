import RulesmithTemplates
import RulesmithText

/// The `variables:` part of `init`'s plan: every stack variable, its value and where it came from.
enum VariablePlan {
    /// - Parameter origin: names where a given value (by its key) came from: `--var` or `.rulesmith.yml`.
    static func text(_ variables: [ResolvedVariable], origin: (String) -> String) -> String {
        guard !variables.isEmpty else { return "" }
        var output = "variables:\n"
        for variable in variables {
            let text: String
            switch variable.source {
            case .given(let key):
                text = "\(variable.qualifiedName) = \(variable.value ?? "") (\(origin(key)))"
            case .fact(let reference, let project, let evidence):
                text = "\(variable.qualifiedName) = \(variable.value ?? "") (fact \(reference) of \(project): \(evidence))"
            case .defaultValue:
                text = "\(variable.qualifiedName) = \(variable.value ?? "") (default)"
            case .absent(let reference):
                text = "\(variable.qualifiedName): no fact proves \(reference); the lines that use it are left out"
            }
            output += PrintableMessage.make("  " + text) + "\n"
        }
        return output
    }
}
