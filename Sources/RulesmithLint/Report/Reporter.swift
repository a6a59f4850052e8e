/// Turns lint results into one output format (text, json, sarif, github).
public protocol Reporter: Sendable {
    /// The `--format` name.
    static var identifier: String { get }
    func report(_ reports: [FileReport], catalogue: RuleCatalogue) -> String
    /// The report handed to `sink` piece by piece as it is made (the pieces joined are
    /// `report(_:catalogue:)`), so a report of megabytes is written without being held whole.
    func write(_ reports: [FileReport], catalogue: RuleCatalogue, to sink: (String) -> Void)
}

extension Reporter {
    public func write(_ reports: [FileReport], catalogue: RuleCatalogue, to sink: (String) -> Void) {
        sink(report(reports, catalogue: catalogue))
    }
}

/// The output formats `rulesmith lint --format` accepts.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, sarif, github

    /// The reporter for this format; `color` matters only to `text`.
    public func reporter(color: Bool) -> any Reporter {
        switch self {
        case .text: TextReporter(color: color)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .github: GitHubReporter()
        }
    }
}
