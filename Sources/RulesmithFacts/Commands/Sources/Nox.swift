/// nox sessions from noxfile.py (`@nox.session` above `def NAME(`, or `name="…"` in the
/// decorator): `nox -s NAME` for a session whose name says a kind.
enum Nox {
    static func sessions(_ text: String) -> [MakefileTargets.Target] {
        var result: [MakefileTargets.Target] = []
        var pending: (line: Int, name: String?)?
        for (offset, line) in TextLines(text).lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: " \t\r")
            if trimmed.hasPrefix("@nox.session") || trimmed.hasPrefix("@session") {
                var name: String?
                if let range = trimmed.range(of: "name=") {
                    name = Quoted.strings(in: trimmed[range.upperBound...]).first
                }
                pending = (offset + 1, name)
            } else if let decorator = pending, trimmed.hasPrefix("def ") {
                let defined = trimmed.dropFirst(4).prefix { $0 != "(" }
                result.append(MakefileTargets.Target(name: decorator.name ?? String(defined), line: decorator.line))
                pending = nil
            }
        }
        return result
    }

    static func candidates(for unit: ProjectUnit, context: CommandContext) -> [CommandCandidate] {
        let path = Paths.join(unit.folder, "noxfile.py")
        guard let text = context.store.text(path) else { return [] }
        return sessions(text).compactMap { session in
            guard let (kind, closeness) = TaskNames.kind(of: session.name) else { return nil }
            return CommandCandidate(
                folder: unit.folder, kind: kind, command: "nox -s \(session.name)", evidence: Evidence(path, line: session.line),
                source: "nox", strength: .pythonTaskRunner, closeness: closeness)
        }
    }
}
