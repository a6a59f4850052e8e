import Foundation
import RulesmithFacts
import RulesmithText

/// `detect`'s output: the facts as JSON (version 1, the documented contract) or as text.
public enum FactsOutput {
    public static func json(_ facts: RepositoryFacts, path: String) -> String {
        RegistryOutput.json(["version": 1, "path": path, "projects": facts.projects.map(project)])
    }

    static func project(_ project: ProjectFacts) -> [String: Any] {
        var commands: [String: Any] = [:]
        for (kind, fact) in project.commands {
            commands[kind.rawValue] = ["command": fact.command, "evidence": fact.evidence.description, "source": fact.source]
        }
        var versions: [String: Any] = [:]
        for (name, fact) in project.versions {
            versions[name] = ["version": fact.version, "major": fact.major as Any? ?? NSNull(), "evidence": fact.evidence.description]
        }
        return [
            "path": project.path,
            "stacks": project.stacks.map { ["id": $0.id, "evidence": $0.evidence.map(\.description)] as [String: Any] },
            "packageManager": project.packageManager.map(manager) ?? NSNull(),
            "otherPackageManagers": project.otherPackageManagers.map(manager),
            "commands": commands,
            "versions": versions,
        ]
    }

    static func manager(_ fact: PackageManagerFact) -> [String: Any] { ["name": fact.name, "evidence": fact.evidence.description] }

    /// Paths, commands and versions come from the repository's files: each value is made one
    /// printable line before it is placed in a line.
    private static func v(_ value: String) -> String { PrintableMessage.make(value) }

    public static func text(_ facts: RepositoryFacts, path: String) -> String {
        guard !facts.projects.isEmpty else { return ("no project found in \(v(path))\n") }
        var output = ""
        for project in facts.projects {
            output += project.path == "." ? ". (repository root)\n" : "\(v(project.path))/\n"
            if !project.stacks.isEmpty {
                output += "  stacks: " + project.stacks.map { "\(v($0.id)) (\(v($0.evidence.map(\.description).joined(separator: ", "))))" }.joined(separator: "; ") + "\n"
            }
            if let manager = project.packageManager {
                var line = "  package manager: \(v(manager.name)) (\(v(manager.evidence.description)))"
                if !project.otherPackageManagers.isEmpty { line += "; also " + project.otherPackageManagers.map { "\(v($0.name)) (\(v($0.evidence.description)))" }.joined(separator: ", ") }
                output += line + "\n"
            }
            let kinds = project.commands.keys.sorted()
            let width = kinds.map { $0.rawValue.count }.max() ?? 0
            for kind in kinds {
                let fact = project.commands[kind]!
                output += "  \(kind.rawValue.padding(toLength: width, withPad: " ", startingAt: 0))  \(v(fact.command))    \(v(fact.evidence.description)) (\(v(fact.source)))\n"
            }
            if !project.versions.isEmpty {
                output += "  versions: " + project.versions.keys.sorted().map { "\(v($0)) \(v(project.versions[$0]!.version)) (\(v(project.versions[$0]!.evidence.description)))" }.joined(separator: ", ") + "\n"
            }
        }
        return output
    }
}
