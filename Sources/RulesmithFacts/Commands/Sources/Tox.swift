/// tox environments from tox.ini: `tox -e NAME` for an environment whose name says a kind,
/// and plain `tox` (the env list) for the tests.
enum Tox {
    static func candidates(for unit: ProjectUnit, context: CommandContext) -> [CommandCandidate] {
        let path = Paths.join(unit.folder, "tox.ini")
        guard let text = context.store.text(path) else { return [] }
        var found: [CommandCandidate] = []
        for (offset, line) in TextLines(text).lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: " \t\r")
            let number = offset + 1
            if trimmed.hasPrefix("[testenv:"), trimmed.hasSuffix("]") {
                let name = String(trimmed.dropFirst("[testenv:".count).dropLast())
                if let (kind, closeness) = TaskNames.kind(of: name) {
                    found.append(CommandCandidate(
                        folder: unit.folder, kind: kind, command: "tox -e \(name)", evidence: Evidence(path, line: number),
                        source: "tox", strength: .pythonTaskRunner, closeness: closeness))
                }
            } else if trimmed.hasPrefix("envlist") || trimmed.hasPrefix("env_list") {
                found.append(CommandCandidate(
                    folder: unit.folder, kind: .test, command: "tox", evidence: Evidence(path, line: number), source: "tox",
                    strength: .pythonTaskRunner, closeness: 1))
            }
        }
        return found
    }
}
