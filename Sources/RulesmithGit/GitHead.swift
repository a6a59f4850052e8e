// What HEAD points at and what operation is in progress: small value types read by GitRepository.

import CGit2

/// Where HEAD points.
public enum GitHead: Hashable, Sendable {
    /// On a branch (short name such as "main") whose tip is `oid`.
    case branch(name: String, oid: GitOID)
    /// Detached at a commit.
    case detached(GitOID)
    /// On a branch with no commits yet (a new or empty repository).
    case unborn(branch: String)

    /// The branch name, nil when detached.
    public var branchName: String? {
        switch self {
        case .branch(let name, _), .unborn(let name): name
        case .detached: nil
        }
    }

    /// The commit HEAD resolves to, nil when unborn.
    public var oid: GitOID? {
        switch self {
        case .branch(_, let oid), .detached(let oid): oid
        case .unborn: nil
        }
    }
}

/// An operation left in progress in a repository, as `git_repository_state` reports it.
public enum GitRepositoryState: String, Sendable {
    case none, merge, revert, revertSequence, cherryPick, cherryPickSequence, bisect
    case rebase, rebaseInteractive, rebaseMerge, applyMailbox, applyMailboxOrRebase

    init(raw: Int32) {
        switch UInt32(bitPattern: raw) {
        case GIT_REPOSITORY_STATE_MERGE.rawValue: self = .merge
        case GIT_REPOSITORY_STATE_REVERT.rawValue: self = .revert
        case GIT_REPOSITORY_STATE_REVERT_SEQUENCE.rawValue: self = .revertSequence
        case GIT_REPOSITORY_STATE_CHERRYPICK.rawValue: self = .cherryPick
        case GIT_REPOSITORY_STATE_CHERRYPICK_SEQUENCE.rawValue: self = .cherryPickSequence
        case GIT_REPOSITORY_STATE_BISECT.rawValue: self = .bisect
        case GIT_REPOSITORY_STATE_REBASE.rawValue: self = .rebase
        case GIT_REPOSITORY_STATE_REBASE_INTERACTIVE.rawValue: self = .rebaseInteractive
        case GIT_REPOSITORY_STATE_REBASE_MERGE.rawValue: self = .rebaseMerge
        case GIT_REPOSITORY_STATE_APPLY_MAILBOX.rawValue: self = .applyMailbox
        case GIT_REPOSITORY_STATE_APPLY_MAILBOX_OR_REBASE.rawValue: self = .applyMailboxOrRebase
        default: self = .none
        }
    }

    /// Whether a multi-step operation is under way (anything but `.none`).
    public var isInProgress: Bool { self != .none }
}
