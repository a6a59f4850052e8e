/// Collects one rule's findings in a file: keeps the first `limit` and counts the rest, so hostile
/// input (a megabyte of zero-width spaces) gives bounded output ending in an "and N more" finding.
struct FindingCollector {
    static let limit = 100

    private(set) var findings: [Finding] = []
    private var overflow = 0
    private var firstOverflow: Range<Int>?
    private var overflowSeverity: Severity?

    /// Whether further findings are only counted.
    var isFull: Bool { findings.count >= Self.limit }

    /// Adds a finding; the message and fix are only built while below the limit.
    mutating func add(
        _ range: Range<Int>, severity: Severity? = nil, fix: @autoclosure () -> Fix? = nil,
        message: () -> String
    ) {
        if isFull {
            if firstOverflow == nil {
                firstOverflow = range
                overflowSeverity = severity
            }
            overflow += 1
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
            severity: overflowSeverity)]
    }

    /// Caps an already sorted list of findings the same way.
    static func capped(_ findings: [Finding], noun: String) -> [Finding] {
        guard findings.count > limit else { return findings }
        let rest = findings.count - limit
        let first = findings[limit]
        return Array(findings.prefix(limit)) + [Finding(
            range: first.range,
            message: "and \(rest) more \(noun) in this file; only the first \(limit) are listed",
            severity: first.severity)]
    }
}
