import RulesmithText

/// `path:line:col: severity: message [ID]`, one line per finding (a rule that floods a file is
/// cut to its first few and a count), then a summary line; colour on request.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }

    /// A rule with more findings than this in one file is summarised: its first `listedPerRule`
    /// findings, then one line counting the rest (JSON, SARIF and GitHub output list them all).
    public static let summariseAbove = 5
    /// How many findings of a summarised rule are printed before the count.
    public static let listedPerRule = 3

    public func report(_ reports: [FileReport], catalogue: RuleCatalogue) -> String {
        var output = ""
        write(reports, catalogue: catalogue) { output += $0 }
        return output
    }

    /// The report in pieces of about 64 KB, each handed on as soon as it is made.
    public func write(_ reports: [FileReport], catalogue: RuleCatalogue, to sink: (String) -> Void) {
        var output = ""
        for report in reports {
            if output.utf8.count >= 64 << 10 {
                sink(output)
                output = ""
            }
            for entry in Self.summarised(report.diagnostics) {
                switch entry {
                case .finding(let diagnostic):
                    output += line(for: diagnostic) + "\n"
                case .more(let next, let count, let severity):
                    var summary = next
                    summary.severity = severity
                    summary.message = "… and \(count) more like this in this file (\(option: .format) json lists every one)"
                    output += line(for: summary) + "\n"
                }
            }
        }
        let summary = LintSummary(reports)
        let fixable = reports.flatMap(\.diagnostics).count { $0.fix?.applicability == .safe }
        var tail = "\(count(summary.errors, "error")), \(count(summary.warnings, "warning")), \(count(summary.infos, "info")) in \(count(summary.files, "file"))"
        if fixable > 0 { tail += "; \(fixable) fixable with \(option: .fix)" }
        output += paint(tail, summary.errors > 0 ? "1" : "2") + "\n"
        sink(output)
    }

    /// One printed line of a file's findings: a finding, or the count of a flood's remainder.
    enum Entry: Equatable {
        case finding(Diagnostic)
        /// `count` more findings of `next`'s rule, the first of them `next`, the worst `severity`.
        case more(next: Diagnostic, count: Int, severity: Severity)
    }

    /// `diagnostics` (one file, in order) with each rule that fired more than `summariseAbove`
    /// times cut to its first `listedPerRule` and one `.more` line right after them. A folded
    /// diagnostic (`collapsed`, past the engine's 10,000 per rule) adds its count to that line.
    static func summarised(_ diagnostics: [Diagnostic]) -> [Entry] {
        var totals: [String: Int] = [:]
        for diagnostic in diagnostics { totals[diagnostic.ruleID, default: 0] += diagnostic.findingCount }
        guard totals.values.contains(where: { $0 > summariseAbove }) else { return diagnostics.map(Entry.finding) }
        var printed: [String: Int] = [:]
        var pending: [String: (next: Diagnostic, severity: Severity)] = [:]
        var entries: [Entry] = []
        var morePosition: [String: Int] = [:]
        for diagnostic in diagnostics {
            let rule = diagnostic.ruleID
            guard let total = totals[rule], total > summariseAbove else {
                entries.append(.finding(diagnostic))
                continue
            }
            if diagnostic.collapsed == 0, printed[rule, default: 0] < listedPerRule {
                entries.append(.finding(diagnostic))
                printed[rule, default: 0] += 1
                if printed[rule] == listedPerRule {
                    morePosition[rule] = entries.count
                    entries.append(.finding(diagnostic))  // placeholder, replaced below
                }
                continue
            }
            if let known = pending[rule] {
                pending[rule] = (known.next, max(known.severity, diagnostic.severity))
            } else {
                pending[rule] = (diagnostic, diagnostic.severity)
            }
        }
        var output: [Entry] = []
        output.reserveCapacity(entries.count)
        let placeholders = Dictionary(uniqueKeysWithValues: morePosition.map { ($1, $0) })
        for (position, entry) in entries.enumerated() {
            guard let rule = placeholders[position] else {
                output.append(entry)
                continue
            }
            if let hidden = pending[rule], let total = totals[rule] {
                output.append(.more(next: hidden.next, count: total - listedPerRule, severity: hidden.severity))
            }
        }
        return output
    }

    public func line(for diagnostic: Diagnostic) -> String {
        // Messages are printable already (the engine makes them so); a path is a file's name.
        let location = "\(PrintableMessage.make(diagnostic.path)):\(diagnostic.start.line):\(diagnostic.start.column):"
        let severity: String
        switch diagnostic.severity {
        case .error: severity = paint("error", "31;1")
        case .warning: severity = paint("warning", "33;1")
        case .info: severity = paint("info", "36")
        }
        return "\(paint(location, "1")) \(severity): \(diagnostic.message) [\(diagnostic.ruleID)]"
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func count(_ value: Int, _ noun: String) -> String {
        value == 1 ? "1 \(noun)" : "\(value) \(noun)s"
    }
}
