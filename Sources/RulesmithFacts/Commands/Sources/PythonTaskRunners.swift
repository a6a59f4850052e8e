/// Scripts that Python project managers run: hatch environment scripts (`hatch run test`,
/// `hatch run lint:check`) and PDM scripts (`pdm run lint`) from pyproject.toml.
enum PythonTaskRunners {
    /// The script names `tool` (`hatch` or `pdm`) can run in the project (hatch: default env).
    static func scriptNames(_ tool: String, project: String, context: CommandContext) -> [String] {
        scripts(tool, project: project, context: context).map(\.name)
    }

    static func scripts(_ tool: String, project: String, context: CommandContext) -> [(name: String, spelled: String, line: Int?)] {
        guard let unit = context.unit(.python, at: project), let path = unit.manifest(named: "pyproject.toml"),
              let pyproject = context.store.pyproject(path) else { return [] }
        var result: [(String, String, Int?)] = []
        if tool == "pdm", let table = pyproject.table.table(at: ["tool", "pdm", "scripts"]) {
            for key in table.keys where !key.hasPrefix("_") { result.append((key, "pdm run \(key)", table.line(of: key))) }
        }
        if tool == "hatch", let envs = pyproject.table.table(at: ["tool", "hatch", "envs"]) {
            for env in envs.keys {
                guard let table = envs.table(at: [env, "scripts"]) else { continue }
                for key in table.keys {
                    result.append((key, env == "default" ? "hatch run \(key)" : "hatch run \(env):\(key)", table.line(of: key)))
                }
            }
        }
        return result
    }

    static func candidates(for unit: ProjectUnit, context: CommandContext) -> [CommandCandidate] {
        guard let path = unit.manifest(named: "pyproject.toml") else { return [] }
        return ["hatch", "pdm"].flatMap { tool in
            scripts(tool, project: unit.folder, context: context).compactMap { script -> CommandCandidate? in
                guard let (kind, closeness) = TaskNames.kind(of: script.name) else { return nil }
                return CommandCandidate(
                    folder: unit.folder, kind: kind, command: script.spelled, evidence: Evidence(path, line: script.line),
                    source: tool, strength: .pythonTaskRunner, closeness: closeness + (script.spelled.contains(":") ? 1 : 0))
            }
        }
    }
}
