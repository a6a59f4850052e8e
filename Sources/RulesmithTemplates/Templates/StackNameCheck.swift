import RulesmithText

/// The one check that the stacks a command names exist in the registry revision it renders from:
/// `render`, `init` (its options and `.rulesmith.yml`), `apply` and `sync` ask it, so an unknown
/// name is refused before anything is resolved and reads the same in every command. It also
/// turns a spelling people type into the stack it means (`Rust`, `golang`, `rails`), using the
/// tag aliases the registry's index knows, and names the closest stacks when nothing fits.
public enum StackNameCheck {
    /// The name that stands for "the stacks detected in the repository" inside a stack list, so a
    /// team can say "detected, plus these" (`[auto, acme-platform]`).
    public static let detected = "auto"

    /// What a name may mean: the revision's stack IDs with their tags, and the registry's tag
    /// aliases (alias → canonical tag, as `RegistryIndex.tagAliases`).
    public struct Known: Sendable {
        var tags: [String: [String]]
        var aliases: [String: String]

        public init(stacks: [(id: String, tags: [String])], aliases: [String: String] = [:]) {
            tags = Dictionary(stacks.map { ($0.id, $0.tags.map { $0.lowercased() }) }, uniquingKeysWith: { $1 })
            self.aliases = aliases
        }

        public init(_ stacks: [TemplateStack], aliases: [String: String] = [:]) {
            self.init(stacks: stacks.map { ($0.id, $0.tags) }, aliases: aliases)
        }

        /// The stack `name` means, or the stacks it could mean (ambiguous or mistyped).
        func meaning(of name: String) -> Result<String, UnknownStack> {
            if name == StackNameCheck.detected || tags[name] != nil { return .success(name) }
            let lower = name.lowercased()
            if tags[lower] != nil { return .success(lower) }
            let canonical = aliases[lower] ?? lower
            if tags[canonical] != nil { return .success(canonical) }
            // A tag only one stack carries names that stack (`rails` → ruby-rails); a tag several
            // carry (`swift`) is a choice the user makes.
            let tagged = tags.filter { $0.value.contains(canonical) || $0.value.contains(lower) }.keys.sorted()
            if tagged.count == 1 { return .success(tagged[0]) }
            if tagged.count > 1 { return .failure(UnknownStack(id: name, suggestions: tagged, ambiguous: true)) }
            return .failure(UnknownStack(id: name, suggestions: closest(to: lower)))
        }

        /// Up to three stack IDs within two edits of `word` (closest first), else those it
        /// prefixes or that prefix it.
        private func closest(to word: String) -> [String] {
            let ids = tags.keys.sorted()
            let near = ids.map { ($0, editDistance(word, $0)) }.filter { $0.1 <= 2 }.sorted { $0.1 < $1.1 }.map(\.0)
            if !near.isEmpty { return Array(near.prefix(3)) }
            return Array(ids.filter { word.count >= 2 && ($0.hasPrefix(word) || word.hasPrefix($0)) }.prefix(3))
        }
    }

    /// Whether `named` asks for detection (and so the caller must read the repository's facts).
    public static func mentionsDetected(_ named: [String]) -> Bool { named.contains(detected) }

    /// `named` with `auto` replaced by `detected`: the detected stacks first (in their order), then
    /// the named ones, each once. A list without `auto` comes back unchanged apart from duplicates.
    public static func expand(_ named: [String], detected: [String]) -> [String] {
        let ordered = mentionsDetected(named) ? detected + named.filter { $0 != Self.detected } : named
        var seen = Set<String>()
        return ordered.filter { seen.insert($0).inserted }
    }

    /// `named` as the stack IDs they mean (`auto` kept for `expand`), in order; throws for the
    /// first name that means no single stack, naming the closest ones.
    public static func resolve(_ named: [String], in known: Known, revision: Int64? = nil) throws(UnknownStack) -> [String] {
        var output: [String] = []
        for name in named {
            switch known.meaning(of: name) {
            case .success(let id): output.append(id)
            case .failure(var unknown):
                unknown.revision = revision
                throw unknown
            }
        }
        return output
    }

    /// The first of `named` (in the order given) that means no stack of `known`; nil when each does.
    public static func unknown(_ named: [String], in known: Known, revision: Int64? = nil) -> UnknownStack? {
        do {
            _ = try resolve(named, in: known, revision: revision)
            return nil
        } catch {
            return error
        }
    }

    /// `unknown(_:in:revision:)` against the IDs and tags of `stacks`, with the registry's aliases.
    public static func unknown(_ named: [String], in stacks: [TemplateStack], aliases: [String: String] = [:], revision: Int64? = nil) -> UnknownStack? {
        unknown(named, in: Known(stacks, aliases: aliases), revision: revision)
    }
}

/// A stack name that means no single stack of the registry revision.
public struct UnknownStack: Error, Sendable, Hashable, CustomStringConvertible {
    public var id: String
    /// The revision looked in, when the command chose one.
    public var revision: Int64?
    /// The stacks it may have meant: the closest IDs, or every stack carrying the tag.
    public var suggestions: [String] = []
    /// A tag several stacks carry, rather than a name no stack answers to.
    public var ambiguous = false

    public init(id: String, revision: Int64? = nil, suggestions: [String] = [], ambiguous: Bool = false) {
        self.id = id
        self.revision = revision
        self.suggestions = suggestions
        self.ambiguous = ambiguous
    }

    public var description: String {
        let at = revision.map { " at revision \($0)" } ?? ""
        if ambiguous {
            return "stack '\(id)' is ambiguous\(at): it is a tag of \(suggestions.joined(separator: ", ")); name one of them"
        }
        let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"
        return "unknown stack '\(id)'\(at)\(hint); `rulesmith registry list` shows the stacks"
    }
}
