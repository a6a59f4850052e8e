import RulesmithText

/// What `rulesmith hook install` did.
public enum HookInstallOutcome: Sendable, Equatable {
    /// Wrote the hook; `chained` is where the hook that was there now lives (it runs after ours).
    case installed(hook: String, chained: String?)
    /// Rewrote rulesmith's own hook (for example to call a different binary).
    case updated(hook: String)
    /// rulesmith's hook was already there, byte for byte.
    case unchanged(hook: String)

    /// One line for the user, with paths relative to `directory` when inside it.
    public func message(relativeTo directory: String) -> String {
        func show(_ path: String) -> String { PrintableMessage.make(FileSystem.relative(path, to: directory)) }
        switch self {
        case .installed(let hook, nil):
            return "installed the pre-commit hook at \(show(hook))"
        case .installed(let hook, let chained?):
            return "installed the pre-commit hook at \(show(hook)); the hook that was there moved to \(show(chained)) and runs after rulesmith's"
        case .updated(let hook):
            return "updated rulesmith's pre-commit hook at \(show(hook))"
        case .unchanged(let hook):
            return "rulesmith's pre-commit hook is already installed at \(show(hook))"
        }
    }
}

/// What `rulesmith hook uninstall` did.
public enum HookUninstallOutcome: Sendable, Equatable {
    /// Removed rulesmith's hook; `restored` when the chained hook moved back to `pre-commit`,
    /// `removedFolder` when install had created the (now empty) hooks folder.
    case removed(hook: String, restored: Bool, removedFolder: Bool)
    /// No rulesmith hook there; `foreign` when another hook is there (left untouched).
    case notInstalled(hook: String, foreign: Bool)

    /// One line for the user, with paths relative to `directory` when inside it.
    public func message(relativeTo directory: String) -> String {
        func show(_ path: String) -> String { PrintableMessage.make(FileSystem.relative(path, to: directory)) }
        switch self {
        case .removed(let hook, true, _):
            return "removed rulesmith's pre-commit hook; restored the previous hook at \(show(hook))"
        case .removed(let hook, false, let removedFolder):
            return "removed rulesmith's pre-commit hook from \(show(hook))" + (removedFolder ? " and the hooks folder it had created" : "")
        case .notInstalled(let hook, true):
            return "\(show(hook)) is not rulesmith's hook; left it as it is"
        case .notInstalled(let hook, false):
            return "no rulesmith hook at \(show(hook)); nothing to do"
        }
    }
}
