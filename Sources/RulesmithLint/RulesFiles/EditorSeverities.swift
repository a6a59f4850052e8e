import RulesmithEditors

// How the editor facts of RulesmithEditors become lint severities: the facts say what an editor
// does, the linter decides how loudly to say it.

extension GlobIssue {
    /// Error when the editor cannot use the pattern, warning when it probably misfires.
    public var severity: Severity {
        impact == .unusable ? .error : .warning
    }
}

extension SizeBudget {
    /// Error where the reader silently drops text; warning for unconfirmed or advisory limits.
    public var severity: Severity {
        isEnforced ? .error : .warning
    }
}
