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
        RegistryOutput.json([
            "version": 1,
            "stacks": stacks,
            "targets": targets,
            "files": report.files.map { file in
                [
                    "path": file.path, "target": file.target, "rules": file.rules,
                    "kind": FileKind.classify(file.path)?.rawValue as Any,
                    "bytes": file.contents.count, "contents": String(decoding: file.contents, as: UTF8.self),
                ] as [String: Any]
            },
            "alwaysOn": report.alwaysOn.map { size in
                ["target": size.target, "paths": size.paths, "bytes": size.bytes, "estimatedTokens": size.estimatedTokens] as [String: Any]
            },
            "notes": report.notes.map { note in
                ["target": note.target as Any, "path": note.path as Any, "rule": note.rule as Any, "message": note.message] as [String: Any]
            },
        ])
    }
}
