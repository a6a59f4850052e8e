/// Turns lint results into one output format (text, json, sarif, github).
public protocol Reporter: Sendable {
    /// The `--format` name.
    static var identifier: String { get }
    func report(_ reports: [FileReport], catalogue: RuleCatalogue) -> String
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
