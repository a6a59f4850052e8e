/// How serious a finding is; `error` fails the run, `warning` fails it under `--strict`.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A configured level for a rule: a severity, or off.
public enum RuleLevel: Sendable, Hashable {
    case off
    case on(Severity)

    /// Parses `off`, `error`, `warning` or `info` (case-insensitive).
    public init?(_ text: String) {
        switch text.lowercased() {
        case "off", "false", "disable", "disabled": self = .off
        case "error": self = .on(.error)
        case "warning", "warn": self = .on(.warning)
        case "info", "note": self = .on(.info)
        default: return nil
        }
    }
}

/// The llms.txt proposal version a file is judged against.
public enum Profile: String, Sendable, CaseIterable, Codable {
    case v1
    case v2
}
