import RulesmithText

/// Applies `lint.per-path` to one file: the run's options with the levels of every entry whose
/// glob matches the file's path laid on top, later entries winning.
///
/// Globs are `PathDialect.configuration`, as `lint.ignore`: a pattern without '/' matches a name at
/// any depth, one with '/' matches from the configuration's folder, and a pattern that matches a
/// folder covers the files in it. For a matched path, an entry's rule level wins over everything,
/// and its tag level wins over the run's levels of the rules carrying that tag.
public struct PathLevelMatcher: Sendable {
    private struct Entry: Sendable {
        var pattern: PathPattern
        /// Canonical rule ID → level.
        var rules: [String: RuleLevel]
        var tags: [String: RuleLevel]
    }

    private let entries: [Entry]
    private let catalogue: RuleCatalogue

    /// Compiles `perPath`; entries whose glob does not compile are dropped (the configuration
    /// reader refuses them with the file and line first).
    public init(_ perPath: [PathLevels], catalogue: RuleCatalogue = .standard) {
        self.catalogue = catalogue
        entries = perPath.compactMap { levels in
            guard let pattern = try? PathPattern(levels.glob, dialect: .configuration) else { return nil }
            // The reader stores canonical IDs; levels built in code may still name a rule by alias
            // or name, and go through the same resolver.
            var rules: [String: RuleLevel] = [:]
            for (key, level) in levels.rules { rules[catalogue.ruleID(for: key) ?? key] = level }
            return Entry(pattern: pattern, rules: rules, tags: levels.tags)
        }
    }

    /// Whether no entry exists (every path keeps the run's options).
    public var isEmpty: Bool { entries.isEmpty }

    /// `base` for the file at `path` ('/'-separated, relative to the configuration's folder).
    public func options(_ base: LintOptions, path: String) -> LintOptions {
        guard !entries.isEmpty else { return base }
        var options = base
        for entry in entries where entry.pattern.matches(path) {
            for (tag, level) in entry.tags {
                options.ruleLevels = options.ruleLevels.filter { key, _ in
                    !(catalogue.description(for: key)?.tags.contains { $0.rawValue == tag } ?? false)
                }
                options.tagLevels[tag] = level
            }
            for (id, level) in entry.rules { options.ruleLevels[id] = level }
        }
        return options
    }
}
