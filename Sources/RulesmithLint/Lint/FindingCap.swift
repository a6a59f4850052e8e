/// Bounds what one rule reports in one file: the first `perRule` findings are kept, and the rest
/// fold into one summary finding that counts them exactly (`Finding.collapsed`) and carries their
/// fixes. So a file where a rule fires on every line or byte costs bounded memory and output.
enum FindingCap {
    /// Findings listed per rule per file, in every output format. High enough that real files
    /// (hundreds of findings of a rule at most) keep every finding; floods (a generated llms.txt
    /// with a million repeated links) stop here.
    static let perRule = 10_000

    /// `findings` (one rule, one file) with everything past `limit` folded into one summary.
    ///
    /// - Parameters:
    ///   - severity: a finding's effective severity; the summary takes the most severe it folds.
    ///   - suppressor: the directive that silences a finding, if any. Silenced findings are not
    ///     counted; the first one per directive is kept so the engine still sees the directive used.
    static func collapse(
        _ findings: [Finding], limit: Int = perRule, severity: (Finding) -> Severity,
        suppressor: (Finding) -> String? = { _ in nil }
    ) -> [Finding] {
        var fold = FindingFold(limit: limit, expected: findings.count)
        for finding in findings { fold.add(finding, severity: severity, suppressor: suppressor) }
        return fold.finished()
    }
}

/// The fold of `FindingCap` done one finding at a time, so a flood is folded as it is found and
/// never held whole (see `FindingSink`).
struct FindingFold {
    let limit: Int
    private var kept: [Finding] = []
    private var listed = 0
    private var silencing = Set<String>()
    private var overflow = 0
    private var first: Finding?
    private var worst: Severity?
    private var fixes = FixAccumulator()

    /// `expected`: about how many findings will be added (the list kept is reserved for that
    /// many, up to the limit, and the summary, so it is never copied as it grows or ends).
    init(limit: Int, expected: Int) {
        self.limit = limit
        kept.reserveCapacity(min(expected, limit) + 1)
    }

    /// Whether `add` would only count an unsilenced ordinary finding (its message is not kept
    /// unless it is the first one folded).
    var isFull: Bool { listed >= limit && first != nil }

    mutating func add(_ finding: Finding, severity: (Finding) -> Severity, suppressor: (Finding) -> String?) {
        if let directive = suppressor(finding) {
            if silencing.insert(directive).inserted { kept.append(finding) }
            return
        }
        if finding.collapsed > 0 || listed < limit {
            kept.append(finding)
            if finding.collapsed == 0 { listed += 1 }
            return
        }
        overflow += 1
        if first == nil { first = finding }
        let level = severity(finding)
        if worst.map({ level > $0 }) ?? true { worst = level }
        if let fix = finding.fix { fixes.add(fix) }
    }

    /// What is kept, then the summary of what was folded (if anything was).
    mutating func finished() -> [Finding] {
        var list = kept
        kept = []
        guard let first else { return list }
        list.append(Finding(
            range: first.range,
            message: "and \(overflow) more like this in this file; only the first \(limit) are listed. The next: \(first.message)",
            severity: worst, fix: fixes.fix, collapsed: overflow))
        return list
    }
}
