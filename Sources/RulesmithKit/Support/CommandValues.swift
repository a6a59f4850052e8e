import RulesmithEditors
import RulesmithTemplates


/// Values typed on the command line, parsed and checked in one place for every command (`init`,
/// `render`, `sync`): `--var name=value` pairs and the target names of `--target`/`--targets`
/// (with `all` for every target rendered from templates).
public enum CommandValues {
    /// `["name=value", …]` as a map; a later value for the same name wins, as on most command lines.
    public static func variables(_ pairs: [String]) throws(RulesmithError) -> [String: String] {
        var output: [String: String] = [:]
        for pair in pairs {
            guard let equals = pair.firstIndex(of: "=") else {
                throw RulesmithFailure.usage("\(option: .variable) '\(pair)': expected name=value")
            }
            let name = String(pair[..<equals])
            guard isVariableKey(name) else {
                throw RulesmithFailure.usage(
                    "\(option: .variable) '\(pair)': '\(name)' is not a variable name (NAME or STACK.NAME; letters, digits and _, not starting with a digit)")
            }
            output[name] = String(pair[pair.index(after: equals)...])
        }
        return output
    }

    /// `name` or `stack.name`: a value for every stack declaring `name`, or for one stack's alone.
    public static func isVariableKey(_ key: String) -> Bool {
        let parts = key.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2 { return TemplateIdentifier.isKebabCase(parts[0]) && TemplateIdentifier.isVariableName(parts[1]) }
        return TemplateIdentifier.isVariableName(key)
    }

    /// The targets of repeated `--target` and comma-separated `--targets`, each once, in the
    /// order given; `all` stands for every target rendered from templates (all but llms-txt).
    public static func targets(_ single: [String], lists: [String]) throws(RulesmithError) -> [String] {
        let names = (single + lists.flatMap { $0.split(separator: ",").map(String.init) })
            .map { name in String(name.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
            .filter { !$0.isEmpty }
        guard !names.isEmpty else {
            throw RulesmithFailure.usage("no target given; pass \(option: .target) NAME or \(option: .targets) a,b (targets: \(known))")
        }
        var output: [String] = []
        for name in names {
            let expanded = name == "all"
                ? TargetCatalogue.targets.map(\.name).filter { $0 != TargetRenderer.llmsTxtTarget }
                : [name]
            for target in expanded where !output.contains(target) {
                guard TargetCatalogue.target(named: target) != nil else {
                    throw RulesmithFailure.usage("unknown target '\(target)'; targets are \(known)")
                }
                output.append(target)
            }
        }
        return output
    }

    private static var known: String {
        (TargetCatalogue.targets.map(\.name) + ["all"]).joined(separator: ", ")
    }
}
