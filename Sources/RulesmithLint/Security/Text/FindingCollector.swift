/// Collects one rule's findings in a file: keeps the first `limit` and counts the rest, so hostile
/// input (a megabyte of zero-width spaces) gives bounded output ending in an "and N more" finding.
/// That finding carries the fixes of the findings it stands for (up to `FixAccumulator`'s
/// budget), so one `--fix` run removes them all (the fix loop's pass limit would otherwise stop
/// at 10 × `limit`).
struct FindingCollector {
    static let limit = 100

    private(set) var findings: [Finding] = []
    private var overflow = 0
    private var firstOverflow: Range<Int>?
    private var overflowSeverity: Severity?
    private var overflowFix = FixAccumulator()

    /// Whether further findings are only counted.
    var isFull: Bool { findings.count >= Self.limit }

    /// Adds a finding; the message and fix are only built while below the limit.
    mutating func add(
        _ range: Range<Int>, severity: Severity? = nil, fix: @autoclosure () -> Fix? = nil,
        message: () -> String
    ) {
        if isFull {
            if firstOverflow == nil { firstOverflow = range }
            // The summary is as severe as the worst finding it stands for, so the exit status is
            // what the full list would give (a slot gives every finding a level, or none).
            if let severity, overflowSeverity.map({ severity > $0 }) ?? true { overflowSeverity = severity }
            overflow += 1
            if let fix = fix() { overflowFix.add(fix) }
            return
        }
        findings.append(Finding(range: range, message: message(), severity: severity, fix: fix()))
    }

    /// The findings, plus one that says how many more were left out.
    func finished(noun: String) -> [Finding] {
        guard let firstOverflow, overflow > 0 else { return findings }
        return findings + [Finding(
            range: firstOverflow,
            message: "and \(overflow) more \(noun) in this file; only the first \(Self.limit) are listed",
            severity: overflowSeverity, fix: overflowFix.fix, collapsed: overflow)]
    }

    /// Caps an already sorted list of findings the same way.
    static func capped(_ findings: [Finding], noun: String) -> [Finding] {
        guard findings.count > limit else { return findings }
        let rest = findings.count - limit
        let first = findings[limit]
        var fix = FixAccumulator()
        var severity: Severity?
        for finding in findings[limit...] {
            if let each = finding.fix { fix.add(each) }
            if let level = finding.severity, severity.map({ level > $0 }) ?? true { severity = level }
        }
        return Array(findings.prefix(limit)) + [Finding(
            range: first.range,
            message: "and \(rest) more \(noun) in this file; only the first \(limit) are listed",
            severity: severity, fix: fix.fix, collapsed: rest)]
    }
}
