import Foundation
import RulesmithFacts

/// `detect`'s output: the facts as JSON (version 1, the documented contract) or as text.
public enum FactsOutput {
    public static func json(_ facts: RepositoryFacts, path: String) -> String {
        let object: [String: Any] = ["version": 1, "path": path, "projects": facts.projects.map(project)]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]) else {
            return "{}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
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

    public static func text(_ facts: RepositoryFacts, path: String) -> String {
        guard !facts.projects.isEmpty else { return "no project found in \(path)\n" }
        var output = ""
        for project in facts.projects {
            output += project.path == "." ? ". (repository root)\n" : "\(project.path)/\n"
            if !project.stacks.isEmpty {
                output += "  stacks: " + project.stacks.map { "\($0.id) (\($0.evidence.map(\.description).joined(separator: ", ")))" }.joined(separator: "; ") + "\n"
            }
            if let manager = project.packageManager {
                var line = "  package manager: \(manager.name) (\(manager.evidence))"
                if !project.otherPackageManagers.isEmpty { line += "; also " + project.otherPackageManagers.map { "\($0.name) (\($0.evidence))" }.joined(separator: ", ") }
                output += line + "\n"
            }
            let kinds = project.commands.keys.sorted()
            let width = kinds.map { $0.rawValue.count }.max() ?? 0
            for kind in kinds {
                let fact = project.commands[kind]!
                output += "  \(kind.rawValue.padding(toLength: width, withPad: " ", startingAt: 0))  \(fact.command)    \(fact.evidence) (\(fact.source))\n"
            }
            if !project.versions.isEmpty {
                output += "  versions: " + project.versions.keys.sorted().map { "\($0) \(project.versions[$0]!.version) (\(project.versions[$0]!.evidence))" }.joined(separator: ", ") + "\n"
            }
        }
        return output
    }
}
