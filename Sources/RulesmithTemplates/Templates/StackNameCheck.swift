/// The one check that the stacks a command names exist in the registry revision it renders from:
/// `render`, `init` (its options and `.rulesmith.yml`), `apply` and `sync` ask it, so an unknown
/// name is refused before anything is resolved and reads the same in every command.
public enum StackNameCheck {
    /// The name that stands for "the stacks detected in the repository" inside a stack list, so a
    /// team can say "detected, plus these" (`[auto, acme-platform]`).
    public static let detected = "auto"

    /// Whether `named` asks for detection (and so the caller must read the repository's facts).
    public static func mentionsDetected(_ named: [String]) -> Bool { named.contains(detected) }

    /// `named` with `auto` replaced by `detected`: the detected stacks first (in their order), then
    /// the named ones, each once. A list without `auto` comes back unchanged apart from duplicates.
    public static func expand(_ named: [String], detected: [String]) -> [String] {
        let ordered = mentionsDetected(named) ? detected + named.filter { $0 != Self.detected } : named
        var seen = Set<String>()
        return ordered.filter { seen.insert($0).inserted }
    }

    /// The first of `named` (in the order given) that `known` lacks; nil when every one is known.
    /// `auto` is known: callers expand it with `expand(_:detected:)` before resolving.
    public static func unknown(_ named: [String], known: some Sequence<String>, revision: Int64? = nil) -> UnknownStack? {
        let known = Set(known).union([detected])
        return named.first { !known.contains($0) }.map { UnknownStack(id: $0, revision: revision) }
    }

    /// `unknown(_:known:revision:)` against the IDs of `stacks`.
    public static func unknown(_ named: [String], in stacks: [TemplateStack], revision: Int64? = nil) -> UnknownStack? {
        unknown(named, known: stacks.map(\.id), revision: revision)
    }
}

/// A stack ID that no stack of the registry revision has.
public struct UnknownStack: Error, Sendable, Hashable, CustomStringConvertible {
    public var id: String
    /// The revision looked in, when the command chose one.
    public var revision: Int64?

    public var description: String {
        "unknown stack '\(id)'\(revision.map { " at revision \($0)" } ?? ""); `rulesmith registry list` shows the stacks"
    }
}
