import RulesmithEditors
import RulesmithLint
import RulesmithText


/// rulesmith's own commits are checked like anyone's: before `init --commit`, `apply --commit`
/// or `sync` commits, the files it is about to write get the security rules, and an error-level
/// finding refuses the commit. The hook does not run for these commits (libgit2 runs no hooks),
/// and what a template renders (variable defaults, values from `.rulesmith.yml`, overlays) is
/// only known here. The rules run at their default levels: neither the repository's
/// configuration nor a comment in the file turns them off.
enum CommitSecurityGate {
    /// The security rules on by default, by ID.
    static let rules: Set<String> = {
        let defaults = LintOptions()
        return Set(RuleCatalogue.standard.descriptions.filter {
            $0.traits.contains(.security) && defaults.isEnabled($0)
        }.map(\.id))
    }()

    /// Error-level security findings in the files `plan` writes, in path order.
    static func errors(in plan: ApplyEngine.Plan) -> [Diagnostic] {
        var documents: [LintDocument] = []
        for step in plan.steps {
            guard let bytes = step.newFile, let kind = FileKind.classify(step.drift.path) else { continue }
            documents.append(LintDocument(
                path: step.drift.path, kind: kind, source: SourceText(bytes: bytes), options: LintOptions(onlyRules: rules)))
        }
        guard !documents.isEmpty else { return [] }
        return Linter().lint(documents).flatMap { $0.filter { $0.severity == .error } }
    }

    /// One line naming the first finding and how many more there are.
    static func summary(_ errors: [Diagnostic]) -> String {
        guard let first = errors.first else { return "" }
        let more = errors.count > 1 ? " (and \(errors.count - 1) more error finding\(errors.count == 2 ? "" : "s"))" : ""
        return "\(PrintableMessage.make(first.path)):\(first.start.line):\(first.start.column): \(first.ruleID) \(first.ruleName): "
            + "\(first.message)\(more)"
    }

    /// Throws (exit 1, nothing written) when `plan` would commit an error-level security finding.
    static func check(_ plan: ApplyEngine.Plan, command: String) throws(RulesmithError) {
        let errors = errors(in: plan)
        guard !errors.isEmpty else { return }
        throw RulesmithFailure.refused(
            "\(command) \(option: .commit) refused: \(summary(errors)); nothing was written. rulesmith does not commit a file with a "
                + "security error: fix the template or the value that renders it (rulesmith render shows the files), or run "
                + "without \(option: .commit) and review")
    }
}
