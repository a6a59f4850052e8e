/// The targets of a Makefile (`test:`, `lint fmt: deps`), with their lines; variables
/// (`X := 1`), special targets (`.PHONY`) and pattern rules (`%.o:`) are not targets.
public enum MakefileTargets {
    /// One target and its 1-based line.
    public struct Target: Sendable {
        public var name: String
        public var line: Int
    }

    public static func targets(_ text: String) -> [Target] {
        var result: [Target] = []
        for (offset, line) in TextLines(text).lines.enumerated() {
            guard let first = line.first, first != "\t", first != " ", first != "#", first != "." else { continue }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let after = line[line.index(after: colon)...]
            if after.hasPrefix("=") || after.hasPrefix(":=") || line[..<colon].contains("=") { continue }
            for name in line[..<colon].split(separator: " ") where !name.contains("%") && !name.contains("$") {
                result.append(Target(name: String(name), line: offset + 1))
            }
        }
        return result
    }

    /// `make TARGET` for each target whose name says a kind.
    static func candidates(at path: String, context: CommandContext) -> [CommandCandidate] {
        guard let text = context.store.text(path) else { return [] }
        let folder = Paths.folder(of: path)
        let project = context.project(containing: folder) ?? ""
        let prefix = folder == project ? "make" : "make -C \(String(folder.dropFirst(project.isEmpty ? 0 : project.count + 1)))"
        return targets(text).compactMap { target in
            guard let (kind, closeness) = TaskNames.kind(of: target.name) else { return nil }
            return CommandCandidate(
                folder: project, kind: kind, command: "\(prefix) \(target.name)", evidence: Evidence(path, line: target.line),
                source: "makefile", strength: .taskRunner, closeness: closeness)
        }
    }
}
