import RulesmithFacts

/// Which repository fact fills a stack variable (`from:` in `stack.yml`): a command of a kind
/// (`commands.test`), the package manager (`packageManager`) or a declared version (`versions.next`).
public enum FactReference: Sendable, Hashable, CustomStringConvertible {
    case command(CommandKind)
    case packageManager
    case version(String)

    /// Parses the `from:` text; nil when it names no fact the engine reports.
    public init?(_ text: String) {
        if text == "packageManager" {
            self = .packageManager
        } else if text.hasPrefix("commands."), let kind = CommandKind(rawValue: String(text.dropFirst("commands.".count))) {
            self = .command(kind)
        } else if text.hasPrefix("versions."), text.count > "versions.".count {
            self = .version(String(text.dropFirst("versions.".count)))
        } else {
            return nil
        }
    }

    /// The spellings `from:` accepts, for error messages.
    public static let spellings = CommandKind.allCases.map { "commands.\($0.rawValue)" } + ["packageManager", "versions.NAME"]

    public var description: String {
        switch self {
        case .command(let kind): "commands.\(kind.rawValue)"
        case .packageManager: "packageManager"
        case .version(let name): "versions.\(name)"
        }
    }

    /// The fact's value in `project` and the line that proves it, or nil when the project has none.
    func value(in project: ProjectFacts) -> (value: String, evidence: Evidence)? {
        switch self {
        case .command(let kind):
            guard let fact = project.commands[kind] else { return nil }
            return (Self.runFromRoot(fact.command, project: project.path), fact.evidence)
        case .packageManager:
            return project.packageManager.map { ($0.name, $0.evidence) }
        case .version(let name):
            return project.versions[name].map { ($0.version, $0.evidence) }
        }
    }

    /// Commands are run from the project's folder; a rule read at the repository root says where,
    /// unless the command already names the folder (`make -C backend test`).
    static func runFromRoot(_ command: String, project: String) -> String {
        guard project != ".", !command.contains(project) else { return command }
        return "cd \(project) && \(command)"
    }
}
