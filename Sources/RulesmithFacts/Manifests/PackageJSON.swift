import Foundation

/// What the facts need from a package.json: scripts, dependencies, workspaces, the declared
/// package manager, engines and whether it is a library (an entry point other packages import).
public struct PackageJSON: Sendable {
    /// A script in source order.
    public struct Script: Sendable, Hashable {
        public var name: String
        public var command: String
        public var line: Int?
    }

    /// The package's `name`, with its line.
    public var name: (value: String, line: Int?)?
    public var scripts: [Script] = []
    public var dependencies: [Dependency] = []
    public var workspaces: [String] = []
    public var workspacesLine: Int?
    public var packageManager: (value: String, line: Int?)?
    public var nodeEngine: (value: String, line: Int?)?
    /// `main`, `exports`, `module`, `types` or `bin`: other packages import or install it.
    public var isLibrary = false

    /// Reads `text`; nil when it is not a JSON object.
    public init?(_ text: String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return nil }
        let lines = TextLines(text)
        if let scripts = object["scripts"] as? [String: Any] {
            self.scripts = scripts.compactMap { name, value in
                (value as? String).map { Script(name: name, command: $0, line: lines.jsonKeyLine(name, inSection: "scripts")) }
            }.sorted { ($0.line ?? .max, $0.name) < ($1.line ?? .max, $1.name) }
        }
        let sections: [(String, Dependency.Scope)] = [
            ("dependencies", .runtime), ("devDependencies", .development), ("peerDependencies", .peer), ("optionalDependencies", .optional),
        ]
        for (section, scope) in sections {
            guard let entries = object[section] as? [String: Any] else { continue }
            for (name, version) in entries.sorted(by: { $0.key < $1.key }) {
                dependencies.append(Dependency(
                    name: name, version: version as? String, line: lines.jsonKeyLine(name, inSection: section), scope: scope))
            }
        }
        if let list = object["workspaces"] as? [String] {
            workspaces = list
        } else if let table = object["workspaces"] as? [String: Any], let list = table["packages"] as? [String] {
            workspaces = list
        }
        if object["workspaces"] != nil { workspacesLine = lines.line(containing: "\"workspaces\"") }
        if let name = object["name"] as? String {
            self.name = (name, lines.line(containing: "\"name\""))
        }
        if let manager = object["packageManager"] as? String {
            packageManager = (manager, lines.line(containing: "\"packageManager\""))
        }
        if let engines = object["engines"] as? [String: Any], let node = engines["node"] as? String {
            nodeEngine = (node, lines.jsonKeyLine("node", inSection: "engines"))
        }
        isLibrary = ["main", "exports", "module", "types", "typings", "bin"].contains { object[$0] != nil }
    }

    public func script(_ name: String) -> Script? { scripts.first { $0.name == name } }
    public func dependency(_ name: String) -> Dependency? { dependencies.first { $0.name == name } }
}
