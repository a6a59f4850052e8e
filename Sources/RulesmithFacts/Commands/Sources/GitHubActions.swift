import Yams

/// `run:` steps of GitHub Actions workflows, run from the repository root or the step's
/// (or job's, or workflow's) `working-directory`.
enum GitHubActions {
    static func candidates(at path: String, context: CommandContext) -> [CommandCandidate] {
        guard let text = context.store.text(path), let object = (try? Yams.load(yaml: text)) as? [String: Any],
              let jobs = object["jobs"] as? [String: Any] else { return [] }
        let lines = TextLines(text)
        let workflowDirectory = directory(object["defaults"])
        var found: [CommandCandidate] = []
        for jobName in jobs.keys.sorted(by: { (lines.line(containing: "\($0):") ?? 0) < (lines.line(containing: "\($1):") ?? 0) }) {
            guard let job = jobs[jobName] as? [String: Any], let steps = job["steps"] as? [[String: Any]] else { continue }
            let jobDirectory = directory(job["defaults"]) ?? workflowDirectory
            var searchFrom = lines.line(containing: "\(jobName):") ?? 1
            for step in steps {
                guard let run = step["run"] as? String else { continue }
                let folder = Paths.normalize((step["working-directory"] as? String) ?? jobDirectory ?? "") ?? ""
                for commandLine in run.split(whereSeparator: \.isNewline).map(String.init) {
                    let line = lines.line(containing: commandLine.trimmingCharacters(in: " \t"), from: searchFrom)
                    if let line { searchFrom = line }
                    found += FreeCommands.candidates(
                        commandLine, folder: folder, evidence: Evidence(path, line: line), source: "github-actions",
                        strength: .continuousIntegration, context: context)
                }
            }
        }
        return found
    }

    private static func directory(_ defaults: Any?) -> String? {
        ((defaults as? [String: Any])?["run"] as? [String: Any])?["working-directory"] as? String
    }
}
