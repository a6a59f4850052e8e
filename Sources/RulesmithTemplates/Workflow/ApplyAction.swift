/// What `apply` does with one file.
public enum ApplyAction: Sendable, Equatable {
    /// Nothing to write; the lockfile entry is brought up to date.
    case record
    /// Write the render into the managed region (creating the file or block when missing).
    case write
    /// Merge the hand edit with the new render, 3-way against the text last generated
    /// (2-way when there is no base: the whole region becomes a visible conflict).
    case merge
    /// Keep the user's text as it is (an edit the render did not change, or unresolved conflicts).
    case keep
    /// Copy the user's version to a backup, then write the render (`--force`).
    case backupAndWrite
    /// Delete the file, or remove its managed block (an orphan nobody edited).
    case delete
    /// Copy the user's version to a backup, then delete (`--force` on an edited orphan).
    case backupAndDelete
    /// Drop it from the lockfile and leave the file alone (an edited orphan, one rulesmith cannot
    /// show it wrote, or one already gone).
    case forget
    /// Leave it alone: a file rulesmith did not write, or one it cannot read.
    case skip
}

/// Decides the action for each drift state (pure): nothing the user wrote is replaced unless `force`.
public enum ApplyPlanner {
    public static func action(for drift: FileDrift, force: Bool) -> ApplyAction {
        switch drift.state {
        case .upToDate: return .record
        case .stale, .missing: return .write
        case .new:
            if drift.current == drift.wanted { return .record }
            return drift.userText ? (force ? .backupAndWrite : .merge) : .write
        case .edited: return force ? .backupAndWrite : .keep
        case .editedStale: return force ? .backupAndWrite : .merge
        case .conflicted: return force ? .backupAndWrite : .keep
        case .orphaned:
            if drift.disk == nil || drift.current == nil { return .forget }
            // Nothing rulesmith cannot show it wrote is deleted, not even with --force.
            guard drift.provenance == .proven else { return .forget }
            if drift.userText { return force ? .backupAndDelete : .forget }
            return .delete
        case .blocked, .unreadable: return .skip
        }
    }
}
