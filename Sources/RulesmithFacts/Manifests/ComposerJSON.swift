import Foundation

/// What the facts need from a composer.json: required packages (and the PHP version) and scripts.
public struct ComposerJSON: Sendable {
    public var dependencies: [Dependency] = []
    public var scripts: [PackageJSON.Script] = []

    public init?(_ text: String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return nil }
        let lines = TextLines(text)
        for (section, scope) in [("require", Dependency.Scope.runtime), ("require-dev", .development)] {
            guard let entries = object[section] as? [String: Any] else { continue }
            for (name, version) in entries.sorted(by: { $0.key < $1.key }) {
                dependencies.append(Dependency(
                    name: name, version: version as? String, line: lines.jsonKeyLine(name, inSection: section), scope: scope))
            }
        }
        if let scripts = object["scripts"] as? [String: Any] {
            self.scripts = scripts.keys.sorted().map { name in
                let value = scripts[name]
                let command = (value as? String) ?? (value as? [String])?.joined(separator: " && ") ?? ""
                return PackageJSON.Script(name: name, command: command, line: lines.jsonKeyLine(name, inSection: "scripts"))
            }
        }
    }
}
