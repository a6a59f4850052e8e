import Yams

/// `script:` lines of GitLab CI jobs in .gitlab-ci.yml, run from the repository root.
enum GitLabCI {
    static let reservedKeys: Set<String> = ["stages", "variables", "default", "include", "workflow", "image", "services", "cache", "before_script", "after_script"]

    static func candidates(at path: String, context: CommandContext) -> [CommandCandidate] {
        guard let text = context.store.text(path), let object = (try? Yams.load(yaml: text)) as? [String: Any] else { return [] }
        let lines = TextLines(text)
        var found: [CommandCandidate] = []
        let jobs = object.keys.filter { !reservedKeys.contains($0) && !$0.hasPrefix(".") }
        for name in jobs.sorted(by: { (lines.line(containing: "\($0):") ?? 0) < (lines.line(containing: "\($1):") ?? 0) }) {
            guard let job = object[name] as? [String: Any] else { continue }
            let script = (job["script"] as? [String]) ?? (job["script"] as? String).map { [$0] } ?? []
            let start = lines.line(containing: "\(name):") ?? 1
            for entry in script {
                for commandLine in entry.split(whereSeparator: \.isNewline).map(String.init) {
                    let line = lines.line(containing: commandLine.trimmingCharacters(in: " \t"), from: start)
                    found += FreeCommands.candidates(
                        commandLine, folder: "", evidence: Evidence(path, line: line), source: "gitlab-ci",
                        strength: .continuousIntegration, context: context)
                }
            }
        }
        return found
    }
}
