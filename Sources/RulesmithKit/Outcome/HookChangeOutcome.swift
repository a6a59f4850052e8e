import RulesmithText

/// `rulesmith hook install` and `hook uninstall`: what happened to the pre-commit hook, with
/// paths shown relative to the folder the command ran in.
public struct HookChangeOutcome: CommandOutcome {
    /// What was done.
    public enum Change: Sendable, Equatable {
        case install(HookInstallOutcome)
        case uninstall(HookUninstallOutcome)
    }

    public var change: Change
    public var workingDirectory: String

    public init(_ change: Change, workingDirectory: String) {
        self.change = change
        self.workingDirectory = workingDirectory
    }

    public func text() -> String {
        switch change {
        case .install(let outcome): "rulesmith: " + outcome.message(relativeTo: workingDirectory) + "\n"
        case .uninstall(let outcome): "rulesmith: " + outcome.message(relativeTo: workingDirectory) + "\n"
        }
    }

    /// Version 1: `action` (`installed`, `updated`, `unchanged`, `removed`, `not-installed`),
    /// `hook` (absolute path), `chained` (where a foreign hook moved, or null), `restored`,
    /// `removedFolder`, `foreign`.
    public func json() -> String {
        var action = ""
        var hook = ""
        var chained: String?
        var restored = false, removedFolder = false, foreign = false
        switch change {
        case .install(.installed(let path, let moved)): (action, hook, chained) = ("installed", path, moved)
        case .install(.updated(let path)): (action, hook) = ("updated", path)
        case .install(.unchanged(let path)): (action, hook) = ("unchanged", path)
        case .uninstall(.removed(let path, let back, let folder)): (action, hook, restored, removedFolder) = ("removed", path, back, folder)
        case .uninstall(.notInstalled(let path, let other)): (action, hook, foreign) = ("not-installed", path, other)
        }
        return OutcomeJSON.document([
            ("action", .string(action)), ("hook", .string(hook)), ("chained", OutcomeJSON.optional(chained)),
            ("restored", .bool(restored)), ("removedFolder", .bool(removedFolder)), ("foreign", .bool(foreign)),
        ])
    }
}
