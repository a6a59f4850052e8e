import RulesmithText

/// `rulesmith adopt FILE`: the overlays that now hold the hand edit, what was rewritten and
/// applied, or why there was nothing to adopt.
public struct AdoptOutcome: CommandOutcome {
    /// One overlay written: its path, and the rule whose body it replaces (nil: added lines).
    public struct Overlay: Sendable {
        public var path: String
        public var replaces: String?
    }

    /// The generated file, relative to the repository.
    public var file: String
    /// Why nothing was adopted, when nothing was.
    public var nothingToAdopt: String?
    public var overlays: [Overlay] = []
    /// One line per thing done, in order.
    public var messages: [String] = []
    public var conflicts = false

    public var needsAttention: Bool { conflicts }

    public func text() -> String {
        if let nothingToAdopt { return PrintableMessage.lines(PrintableMessage.make("nothing to adopt: \(nothingToAdopt)") + "\n") }
        var lines = messages
        if conflicts { lines.append("conflicts left: resolve them, then run rulesmith apply again") }
        return PrintableMessage.lines(lines.map(PrintableMessage.make).joined(separator: "\n") + "\n")
    }

    /// Version 1: `file`, `adopted`, `reason` (why not, else null), `overlays[{path, replaces}]`,
    /// `messages`, `conflicts`.
    public func json() -> String {
        OutcomeJSON.document([
            ("file", .string(file)), ("adopted", .bool(nothingToAdopt == nil)), ("reason", OutcomeJSON.optional(nothingToAdopt)),
            ("overlays", .array(overlays.map { .object([("path", .string($0.path)), ("replaces", OutcomeJSON.optional($0.replaces))]) })),
            ("messages", OutcomeJSON.strings(messages)), ("conflicts", .bool(conflicts)),
        ])
    }
}
