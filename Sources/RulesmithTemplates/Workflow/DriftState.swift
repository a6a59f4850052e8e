/// Where a generated file stands against the lockfile and a fresh render.
public enum DriftState: String, Sendable, Equatable, CaseIterable {
    /// On disk exactly what a fresh render gives.
    case upToDate = "up-to-date"
    /// Untouched since rulesmith wrote it, but a fresh render differs.
    case stale
    /// Hand-edited since rulesmith wrote it; the render has not changed.
    case edited
    /// Hand-edited, and the render changed too: apply merges the two.
    case editedStale = "edited+stale"
    /// In the lockfile, gone from disk (or its managed block is gone).
    case missing
    /// Holds conflict markers the user has to resolve.
    case conflicted
    /// Rendered, not in the lockfile yet.
    case new
    /// In the lockfile, no longer rendered.
    case orphaned
    /// Rendered, but a file rulesmith did not write is in the way; it is left alone.
    case blocked
    /// Cannot be read or managed (broken block markers, a symlink out of the repository, a folder).
    case unreadable

    /// Whether `check` counts it as drift.
    public var isDrift: Bool { self != .upToDate }
}

/// Why a file is stale.
public enum StaleReason: String, Sendable, Equatable {
    /// `.rulesmith.yml` (stacks, targets, variables) or an overlay changed.
    case config
    /// The registry revision differs from the one the file was rendered from.
    case registry
    /// Same inputs and revision, different output: rulesmith renders differently now.
    case renderer
}
