import RulesmithEditors
import RulesmithTemplates
import RulesmithText


/// How `rulesmith render` prints: each file under a `==> path (target) <==` header, or JSON
/// (version 1, sorted keys) with the files' text and the notes.
public enum RenderOutput {
    /// The files one after another, a blank line between them; contents as rendered, except that
    /// a control or bidi character a template smuggled in shows as `�` on the terminal (the JSON
    /// output has the exact text).
    public static func text(_ report: RenderReport) -> String {
        var output = ""
        for (index, file) in report.files.enumerated() {
            if index > 0 { output += "\n" }
            output += PrintableMessage.make("==> \(file.path) (\(file.target)) <==") + "\n"
            output += PrintableMessage.lines(String(decoding: file.contents, as: UTF8.self))
        }
        return output
    }

    /// One `rulesmith: note: …` line per note, for standard error.
    public static func notes(_ report: RenderReport) -> String {
        report.notes.map { PrintableMessage.make("rulesmith: note: \($0.description)") + "\n" }.joined()
            + report.alwaysOn.map { PrintableMessage.make("rulesmith: always-on: \($0.description)") + "\n" }.joined()
    }

    public static func json(_ report: RenderReport, stacks: [String], targets: [String]) -> String {
        OutcomeJSON.sortedDocument([
            "stacks": OutcomeJSON.strings(stacks),
            "targets": OutcomeJSON.strings(targets),
            "files": .array(report.files.map { file in
                OutcomeJSON.object([
                    "path": .string(file.path), "target": .string(file.target), "rules": OutcomeJSON.strings(file.rules),
                    "kind": OutcomeJSON.optional(FileKind.classify(file.path)?.rawValue),
                    "bytes": .int(file.contents.count), "contents": .string(String(decoding: file.contents, as: UTF8.self)),
                ])
            }),
            "alwaysOn": .array(report.alwaysOn.map { size in
                OutcomeJSON.object([
                    "target": .string(size.target), "paths": OutcomeJSON.strings(size.paths), "bytes": .int(size.bytes),
                    "estimatedTokens": .int(size.estimatedTokens),
                ])
            }),
            "notes": .array(report.notes.map { note in
                OutcomeJSON.object([
                    "target": OutcomeJSON.optional(note.target), "path": OutcomeJSON.optional(note.path),
                    "rule": OutcomeJSON.optional(note.rule), "message": .string(note.message),
                ])
            }),
        ])
    }
}
