/// A pre-commit configuration makes `pre-commit run --all-files` a lint command of the root.
enum PreCommit {
    static func candidates(context: CommandContext) -> [CommandCandidate] {
        let path = ".pre-commit-config.yaml"
        guard context.tree.contains(path: path) else { return [] }
        return [CommandCandidate(
            folder: context.project(containing: "") ?? "", kind: .lint, command: "pre-commit run --all-files",
            evidence: Evidence(path), source: "pre-commit", strength: .preCommit, closeness: 2)]
    }
}
