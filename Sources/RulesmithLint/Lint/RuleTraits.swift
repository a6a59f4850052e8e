/// How the engine treats a rule beyond its severity, declared by the rule and read by the engine,
/// the suppression code, reporters and Kit (never inferred from tags or ID prefixes).
public struct RuleTraits: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Runs only when configured on (`lint.rules`), or, with `.compat`, under `--compat`.
    public static let optIn = RuleTraits(rawValue: 1 << 0)
    /// An opt-in prediction of a consumer's behaviour, switched on by `--compat`.
    public static let compat = RuleTraits(rawValue: 1 << 1)
    /// Part of the security scan: the security rules share one text scan (run as one work item on
    /// large files), gate commits and template imports, and no inline comment may silence them.
    public static let security = RuleTraits(rawValue: 1 << 2)
    /// No inline comment may silence it, though it is not a security rule (RS003, which reports the
    /// comments that try to silence a security rule).
    public static let notSuppressibleInline = RuleTraits(rawValue: 1 << 3)
    /// Compares the documents of a run with each other (a `ProjectRule`).
    public static let wholeProject = RuleTraits(rawValue: 1 << 4)
    /// Also reads the normalised copy of the text (invisible characters removed, look-alikes
    /// folded), so a phrase hidden by Unicode tricks is still found.
    public static let normalisedText = RuleTraits(rawValue: 1 << 5)
    /// The engine produces its findings from the suppression comments themselves, so a
    /// suppression comment is not a way to silence it (the RS rules); the example test skips
    /// its suppression variant.
    public static let judgesSuppressions = RuleTraits(rawValue: 1 << 6)
    /// Its examples cannot be moved behind a multi-byte prefix (the example test's first
    /// variant): the verdict depends on the file as a whole or on its first bytes (empty, size,
    /// encoding, an exact copy). The rule says why beside the trait.
    public static let noPrefixVariant = RuleTraits(rawValue: 1 << 7)
    /// Its examples cannot carry a suppression comment (the example test's second variant): the
    /// added comment changes the verdict (an empty file, what ends the file). The rule says why
    /// beside the trait.
    public static let noCommentVariant = RuleTraits(rawValue: 1 << 8)
    /// Takes long on a large file (a pass of its own over every link): the engine starts it before
    /// the short rules, so it runs beside the others instead of alone at the end.
    public static let longRunning = RuleTraits(rawValue: 1 << 9)

    /// Each trait with the word the catalogue and generated documentation show for it.
    public static let named: [(trait: RuleTraits, name: String)] = [
        (.optIn, "opt-in"), (.compat, "compat"), (.security, "security"),
        (.notSuppressibleInline, "not-suppressible-inline"), (.wholeProject, "whole-project"),
        (.normalisedText, "normalised-text"), (.judgesSuppressions, "judges-suppressions"),
        (.noPrefixVariant, "no-prefix-variant"), (.noCommentVariant, "no-comment-variant"), (.longRunning, "long-running"),
    ]

    /// The names of the traits in this set, in declaration order.
    public var names: [String] { Self.named.filter { contains($0.trait) }.map(\.name) }
}
