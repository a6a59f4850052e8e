import RulesmithLLMS
import RulesmithText

extension LLMSGenerateOutcome: CommandOutcome {
    /// A stale llms.txt (with `check`) is drift.
    public var needsAttention: Bool {
        if case .stale = state { return true }
        return false
    }

    /// The document when printed, the diff when stale, else nothing (the CLI says what happened
    /// on standard error and writes a printed document byte for byte).
    public func text() -> String {
        switch state {
        case .printed: PrintableMessage.lines(String(decoding: bytes, as: UTF8.self))
        case .stale(let diff): PrintableMessage.lines(diff)
        case .written, .fresh: ""
        }
    }

    /// Version 1: `path`, `state` (`written`, `printed`, `fresh`, `stale`), `notes`, `document`
    /// (the generated llms.txt), `diff` (when stale, else null).
    public func json() -> String {
        let name: String
        var diff: String?
        switch state {
        case .written: name = "written"
        case .printed: name = "printed"
        case .fresh: name = "fresh"
        case .stale(let text):
            name = "stale"
            diff = text
        }
        return OutcomeJSON.document([
            ("path", .string(path)), ("state", .string(name)), ("notes", OutcomeJSON.strings(notes)),
            ("document", .string(String(decoding: bytes, as: UTF8.self))), ("diff", OutcomeJSON.optional(diff)),
        ])
    }
}

extension LLMSContextOutcome: CommandOutcome {
    /// The context document (the CLI writes it byte for byte instead).
    public func text() -> String { writtenTo == nil ? PrintableMessage.lines(output.text) : "" }

    /// Version 1: `writtenTo` (or null), `documents`, `failures[{kind, message, status}]`,
    /// `skippedOptionalLinks`, `document` (the XML; null when written to a file).
    public func json() -> String {
        OutcomeJSON.document([
            ("writtenTo", OutcomeJSON.optional(writtenTo)), ("documents", .int(output.documents)),
            ("failures", .array(output.failures.map { failure in
                .object([
                    ("kind", .string(failure.kind.rawValue)), ("message", .string(failure.message)),
                    ("status", failure.status.map(JSONValue.int) ?? .null),
                ])
            })),
            ("skippedOptionalLinks", .int(skippedOptionalLinks)),
            ("document", writtenTo == nil ? .string(output.text) : .null),
        ])
    }
}
