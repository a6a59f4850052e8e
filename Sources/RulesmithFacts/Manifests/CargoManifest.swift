import RulesmithText
/// What the facts need from a Cargo.toml: the package and its edition, the workspace and its
/// members, and the dependencies.
public struct CargoManifest: Sendable {
    public let table: TOMLTable
    public var dependencies: [Dependency] = []

    public init(_ text: String) throws(TOMLError) {
        table = try TOMLReader.read(text)
        let sections: [([String], Dependency.Scope)] = [
            (["dependencies"], .runtime), (["dev-dependencies"], .development), (["build-dependencies"], .development),
            (["workspace", "dependencies"], .runtime),
        ]
        for (path, scope) in sections {
            guard let section = table.table(at: path) else { continue }
            for key in section.keys {
                let version = section[key]?.string ?? section[key]?.table?["version"]?.string
                dependencies.append(Dependency(name: key, version: version, line: section.line(of: key), scope: scope))
            }
        }
    }

    public var hasPackage: Bool { table["package"] != nil }
    public var isWorkspace: Bool { table["workspace"] != nil }
    public var workspaceLine: Int? { table.line(of: "workspace") }
    public var members: [String] { table.value(at: ["workspace", "members"])?.strings ?? [] }

    /// The edition of the package, or the workspace's shared one.
    public var edition: (value: String, line: Int?)? {
        for path in [["package", "edition"], ["workspace", "package", "edition"]] {
            if let value = table.value(at: path)?.string { return (value, table.line(at: path)) }
        }
        return nil
    }

    public var rustVersion: (value: String, line: Int?)? {
        for path in [["package", "rust-version"], ["workspace", "package", "rust-version"]] {
            if let value = table.value(at: path)?.string { return (value, table.line(at: path)) }
        }
        return nil
    }
}
