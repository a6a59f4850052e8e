/// The conventions a path pattern is written in. Every pattern rulesmith matches against a path
/// names its dialect, so the same text is never read two ways by two features.
public enum PathDialect: Sendable, Hashable {
    /// `.rulesmith.yml` `lint.ignore` and `lint.per-path`: blanks trimmed, leading and trailing
    /// '/' dropped; a pattern without '/' (and not written with a leading '/') matches a name at any
    /// depth, one with '/' matches from the configuration's folder; `*`, `?`, `**`, `[...]` and
    /// `{a,b}`; a pattern that matches a folder covers every path inside it (`vendor` skips
    /// `vendor/x/AGENTS.md` in `lint`, `lint --staged` and the hook alike).
    case configuration
    /// One `.gitignore` line after `GitIgnore` took off `!` and a trailing '/': a pattern without
    /// '/' matches a name at any depth, a leading '/' anchors; braces are literal; matches the path
    /// itself (git's precedence between files and folders is `GitIgnore`'s).
    case gitignore
    /// A stack's detection hint or a package manager's workspace pattern (`detect`): a pattern
    /// without '/' matches the file name at any depth; one with a '/' anywhere (a leading or
    /// trailing one too, which are then dropped) matches the whole path from the repository root;
    /// `*`, `?`, `**`, `[...]` and `{a,b}`; matches the path itself, not what is inside it.
    case detection
}
