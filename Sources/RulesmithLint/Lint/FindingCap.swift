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
        var kept: [Finding] = []
        var listed = 0
        var silencing = Set<String>()
        var overflow = 0
        var first: Finding?
        var worst: Severity?
        var fixes = FixAccumulator()
        for finding in findings {
            if let directive = suppressor(finding) {
                if silencing.insert(directive).inserted { kept.append(finding) }
                continue
            }
            if finding.collapsed > 0 || listed < limit {
                kept.append(finding)
                if finding.collapsed == 0 { listed += 1 }
                continue
            }
            overflow += 1
            if first == nil { first = finding }
            let level = severity(finding)
            if worst.map({ level > $0 }) ?? true { worst = level }
            if let fix = finding.fix { fixes.add(fix) }
        }
        guard let first else { return kept }
        kept.append(Finding(
            range: first.range,
            message: "and \(overflow) more like this in this file; only the first \(limit) are listed. The next: \(first.message)",
            severity: worst, fix: fixes.fix, collapsed: overflow))
        return kept
    }
}
