import RulesmithText
/// What the facts need from a pyproject.toml: dependencies by scope, the Python requirement,
/// the build backend, tool tables (which tools are configured) and task runners' scripts.
public struct PyProject: Sendable {
    public let table: TOMLTable
    public var dependencies: [Dependency] = []
    public var requiresPython: (value: String, line: Int?)?

    public init(_ text: String) throws(TOMLError) {
        table = try TOMLReader.read(text)
        if let project = table.table(at: ["project"]) {
            for item in project["dependencies"]?.strings ?? [] {
                dependencies.append(Self.requirement(item, line: project.line(of: "dependencies"), scope: .runtime))
            }
            if let extras = project.table(at: ["optional-dependencies"]) {
                for key in extras.keys {
                    for item in extras[key]?.strings ?? [] {
                        dependencies.append(Self.requirement(item, line: extras.line(of: key), scope: .optional))
                    }
                }
            }
            if let python = project["requires-python"]?.string { requiresPython = (python, project.line(of: "requires-python")) }
        }
        if let groups = table.table(at: ["dependency-groups"]) {
            for key in groups.keys {
                for item in groups[key]?.strings ?? [] {
                    dependencies.append(Self.requirement(item, line: groups.line(of: key), scope: .development))
                }
            }
        }
        if let poetry = table.table(at: ["tool", "poetry"]) {
            let groups = poetry.table(at: ["group"])
            var sections: [(TOMLTable, Dependency.Scope)] = []
            if let main = poetry.table(at: ["dependencies"]) { sections.append((main, .runtime)) }
            if let dev = poetry.table(at: ["dev-dependencies"]) { sections.append((dev, .development)) }
            for key in groups?.keys ?? [] {
                if let group = groups?.table(at: [key, "dependencies"]) { sections.append((group, .development)) }
            }
            for (section, scope) in sections {
                for key in section.keys {
                    let version = section[key]?.string ?? section[key]?.table?["version"]?.string
                    if key == "python" {
                        if scope == .runtime, requiresPython == nil, let version { requiresPython = (version, section.line(of: key)) }
                        continue
                    }
                    dependencies.append(Dependency(name: key, version: version, line: section.line(of: key), scope: scope))
                }
            }
        }
    }

    /// `name>=1.2; marker` → the name and the version part.
    static func requirement(_ text: String, line: Int?, scope: Dependency.Scope) -> Dependency {
        let withoutMarker = text.split(separator: ";", maxSplits: 1).first.map(String.init) ?? text
        let name = String(withoutMarker.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." })
        var rest = withoutMarker.dropFirst(name.count)
        if rest.first == "[", let close = rest.firstIndex(of: "]") { rest = rest[rest.index(after: close)...] }
        let version = rest.trimmingCharacters(in: " \t")
        return Dependency(name: name, version: version.isEmpty ? nil : version, line: line, scope: scope)
    }

    /// Whether `[tool.NAME]` (or a table below it) is present.
    public func hasTool(_ name: String) -> Bool { table.table(at: ["tool", name]) != nil }

    public var buildBackend: String? { table.value(at: ["build-system", "build-backend"])?.string }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
