/// Where a rule reports its findings in one file. Under the engine it keeps the findings while
/// there are at most `FindingCap.perRule` of them and, from the next one on, folds as they arrive
/// (exactly as `FindingCap.collapse` would fold the whole list), so a rule that fires millions of
/// times never holds millions of findings. Outside the engine (a rule called directly) it keeps
/// everything.
public struct FindingSink {
    /// How the engine folds: the limit, a finding's effective severity, and the inline directive
    /// that silences it (looked up only once the limit is passed).
    struct Policy {
        var limit: Int
        var severity: (Finding) -> Severity
        var suppressor: (Finding) -> String?
    }

    private let policy: Policy?
    private var buffer: [Finding] = []
    private var fold: FindingFold?

    /// A sink that keeps every finding.
    public init() {
        policy = nil
    }

    init(policy: Policy) {
        self.policy = policy
    }

    /// Reports one finding.
    public mutating func report(_ finding: Finding) {
        guard let policy else {
            buffer.append(finding)
            return
        }
        if fold == nil {
            guard buffer.count >= policy.limit else {
                buffer.append(finding)
                return
            }
            // The flood starts: what was kept is folded as it would have been in one list.
            var started = FindingFold(limit: policy.limit, expected: buffer.count)
            for earlier in buffer { started.add(earlier, severity: policy.severity, suppressor: policy.suppressor) }
            buffer = []
            fold = started
        }
        fold!.add(finding, severity: policy.severity, suppressor: policy.suppressor)
    }

    /// The same as `report`, so a rule's loop reads as it did when it filled an array.
    public mutating func append(_ finding: Finding) {
        report(finding)
    }

    /// Reports a finding whose message is only built when it may be shown: a rule in a flood
    /// spends no time on the messages of findings that are only counted.
    public mutating func report(
        range: Range<Int>, severity: Severity? = nil, fix: Fix? = nil, message: @autoclosure () -> String
    ) {
        if let fold, fold.isFull {
            report(Finding(range: range, message: "", severity: severity, fix: fix))
        } else {
            report(Finding(range: range, message: message(), severity: severity, fix: fix))
        }
    }

    /// The findings reported, folded past the limit.
    public mutating func finished() -> [Finding] {
        guard var folded = fold else { return buffer }
        fold = nil
        return folded.finished()
    }

    /// Every finding `body` reports, unfolded: for a rule's `check(_:)` called outside the engine.
    public static func collect(_ body: (inout FindingSink) -> Void) -> [Finding] {
        var sink = FindingSink()
        body(&sink)
        return sink.finished()
    }
}
