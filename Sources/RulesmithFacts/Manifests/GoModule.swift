/// What the facts need from a go.mod: the module path, the `go` directive and the requirements.
public struct GoModule: Sendable {
    public var module: String?
    public var goVersion: (value: String, line: Int)?
    public var dependencies: [Dependency] = []

    public init(_ text: String) {
        var inBlock = false
        for (offset, rawLine) in TextLines(text).lines.enumerated() {
            let line = rawLine.trimmingCharacters(in: " \t\r")
            let number = offset + 1
            if line.hasPrefix("module ") { module = String(line.dropFirst(7)).trimmingCharacters(in: " \t\"") }
            if line.hasPrefix("go ") { goVersion = (String(line.dropFirst(3)).trimmingCharacters(in: " \t"), number) }
            if line.hasPrefix("require (") || line == "require(" { inBlock = true; continue }
            if inBlock, line.hasPrefix(")") { inBlock = false; continue }
            let entry: String
            if inBlock { entry = line } else if line.hasPrefix("require ") { entry = String(line.dropFirst(8)) } else { continue }
            let parts = entry.split(separator: " ")
            guard let name = parts.first, !name.hasPrefix("//") else { continue }
            dependencies.append(Dependency(
                name: String(name), version: parts.count > 1 ? String(parts[1]) : nil, line: number,
                scope: entry.contains("// indirect") ? .optional : .runtime))
        }
    }
}
