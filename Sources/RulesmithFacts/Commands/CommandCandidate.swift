/// A command some source states for a project folder, before the strongest one is chosen.
struct CommandCandidate {
    /// How strong each kind of source is: what CI runs beats a task runner's target, which
    /// beats a package script, … down to an ecosystem default.
    enum Strength: Int, Comparable {
        case continuousIntegration, taskRunner, packageScript, pythonTaskRunner, documentation, preCommit, ecosystemDefault

        static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var folder: String
    var kind: CommandKind
    var command: String
    var evidence: Evidence
    var source: String
    var strength: Strength
    /// Within one source: 0 for the kind's own name (`test`), higher for aliases (`check`).
    var closeness = 0
}
