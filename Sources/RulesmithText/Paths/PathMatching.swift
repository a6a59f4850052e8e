/// Something that decides whether a '/'-separated relative path is selected. `PathPattern` is the
/// only conforming type (`PathMatcherGuardTests`): a new convention is a new `PathDialect`, not a
/// second matcher that drifts from the first.
public protocol PathMatching: Sendable {
    /// Whether `path` ('/'-separated, relative, no leading '/') is selected.
    func matches(_ path: String) -> Bool
}
