import RulesmithText

/// Applies `lint.per-path` to one file: the run's options with the levels of every entry whose
/// glob matches the file's path laid on top, later entries winning.
///
/// Globs read like `lint.ignore`: a pattern without '/' matches a name at any depth, one with '/'
/// matches from the configuration's folder, and a pattern that matches a folder covers the files
/// in it. For a matched path, an entry's rule level wins over everything, and its tag level wins
/// over the run's levels of the rules carrying that tag.
public struct PathLevelMatcher: Sendable {
    private struct Entry: Sendable {
        var glob: Glob
        var anyDepth: Bool
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
            let text = Self.bare(levels.glob)
            guard let glob = try? Glob(text) else { return nil }
            var rules: [String: RuleLevel] = [:]
            for (key, level) in levels.rules {
                rules[catalogue.description(for: key)?.id ?? key.uppercased()] = level
            }
            let anchored = levels.glob.trimmingBlanks().hasPrefix("/")
            return Entry(glob: glob, anyDepth: !anchored && !text.contains("/"), rules: rules, tags: levels.tags)
        }
    }

    /// Whether no entry exists (every path keeps the run's options).
    public var isEmpty: Bool { entries.isEmpty }

    /// The glob as matched: blanks trimmed, leading and trailing slashes dropped.
    public static func bare(_ pattern: String) -> String {
        var text = pattern.trimmingBlanks()
        while text.hasSuffix("/") { text.removeLast() }
        while text.hasPrefix("/") { text.removeFirst() }
        return text
    }

    /// `base` for the file at `path` ('/'-separated, relative to the configuration's folder).
    public func options(_ base: LintOptions, path: String) -> LintOptions {
        guard !entries.isEmpty else { return base }
        var options = base
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for entry in entries where matches(entry, segments) {
            for (tag, level) in entry.tags {
                options.ruleLevels = options.ruleLevels.filter { key, _ in
                    !(catalogue.description(for: key)?.tags.contains(tag) ?? false)
                }
                options.tagLevels[tag] = level
            }
            for (id, level) in entry.rules {
                if let description = catalogue.description(for: id) {
                    // Entries under an alias or name would otherwise win over the ID's.
                    options.ruleLevels = options.ruleLevels.filter { key, _ in catalogue.description(for: key)?.id != description.id }
                }
                options.ruleLevels[id] = level
            }
        }
        return options
    }

    /// Whether the entry matches the path or one of the folders above it.
    private func matches(_ entry: Entry, _ segments: [String]) -> Bool {
        guard !segments.isEmpty else { return false }
        for end in 1...segments.count {
            if entry.anyDepth {
                if entry.glob.matches(segments[end - 1]) { return true }
            } else if entry.glob.matches(segments[0..<end].joined(separator: "/")) {
                return true
            }
        }
        return false
    }
}
