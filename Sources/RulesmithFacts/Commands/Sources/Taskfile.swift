import Yams

/// The tasks of a Taskfile.yml (go-task): `task NAME` for each task whose name says a kind.
enum Taskfile {
    static func candidates(at path: String, context: CommandContext) -> [CommandCandidate] {
        guard let text = context.store.text(path), let object = (try? Yams.load(yaml: text)) as? [String: Any],
              let tasks = object["tasks"] as? [String: Any] else { return [] }
        let lines = TextLines(text)
        let folder = Paths.folder(of: path)
        return tasks.keys.sorted().compactMap { name in
            guard let (kind, closeness) = TaskNames.kind(of: name) else { return nil }
            let line = lines.line(containing: "  \(name):", from: lines.line(containing: "tasks:") ?? 1)
            return CommandCandidate(
                folder: context.project(containing: folder) ?? folder, kind: kind, command: "task \(name)",
                evidence: Evidence(path, line: line), source: "taskfile", strength: .taskRunner, closeness: closeness)
        }
    }
}
