import Foundation
import RulesmithFacts
import RulesmithText

/// `detect`'s output: the facts as JSON (version 1, the documented contract) or as text.
public enum FactsOutput {
    public static func json(_ facts: RepositoryFacts, path: String) -> String {
        OutcomeJSON.sortedDocument(["path": .string(path), "projects": .array(facts.projects.map(project))])
    }

    static func project(_ project: ProjectFacts) -> JSONValue {
        var commands: [String: JSONValue] = [:]
        for (kind, fact) in project.commands {
            commands[kind.rawValue] = OutcomeJSON.object([
                "command": .string(fact.command), "evidence": .string(fact.evidence.description), "source": .string(fact.source),
            ])
        }
        var versions: [String: JSONValue] = [:]
        for (name, fact) in project.versions {
            versions[name] = OutcomeJSON.object([
                "version": .string(fact.version), "major": fact.major.map(JSONValue.int) ?? .null,
                "evidence": .string(fact.evidence.description),
            ])
        }
        return OutcomeJSON.object([
            "path": .string(project.path),
            "stacks": .array(project.stacks.map { stack in
                OutcomeJSON.object(["id": .string(stack.id), "evidence": OutcomeJSON.strings(stack.evidence.map(\.description))])
            }),
            "packageManager": project.packageManager.map(manager) ?? .null,
            "otherPackageManagers": .array(project.otherPackageManagers.map(manager)),
            "commands": OutcomeJSON.object(commands),
            "versions": OutcomeJSON.object(versions),
        ])
    }

    static func manager(_ fact: PackageManagerFact) -> JSONValue {
        OutcomeJSON.object(["name": .string(fact.name), "evidence": .string(fact.evidence.description)])
    }

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
