import RulesmithTemplates
import RulesmithText

/// `rulesmith diff`: for each file that is not up to date, the unified diff from the file on disk
/// to its fresh render, or why there is none (a blocked or unreadable file).
public struct DiffOutcome: CommandOutcome {
    /// One drifted file.
    public struct File: Sendable {
        public var path: String
        public var state: String
        /// Why a stale file is stale (`config`, `registry`, `renderer`), when it is.
        public var reason: String?
        public var block: String?
        public var detail: String
        /// The unified diff (`a/` on disk, `b/` the render); nil when the file cannot be compared.
        public var diff: String?
    }

    public var revision: Int
    public var files: [File]

    public func text() -> String {
        var output = ""
        for file in files {
            guard let diff = file.diff else {
                output += PrintableMessage.make("# \(file.path): \(file.state): \(file.detail)") + "\n"
                continue
            }
            let label = file.reason.map { "\(file.state) (\($0))" } ?? file.state
            output += PrintableMessage.make("# \(file.path): \(label)" + (file.block.map { ", block \($0)" } ?? "")) + "\n" + diff
        }
        return PrintableMessage.lines(output)
    }

    /// Version 1: `revision`, `files[{path, state, reason, block, detail, diff}]` (`diff` null when
    /// the file cannot be compared), `drift` (whether any file differs).
    public func json() -> String {
        OutcomeJSON.document([
            ("revision", .int(revision)),
            ("files", .array(files.map { file in
                .object([
                    ("path", .string(file.path)), ("state", .string(file.state)), ("reason", OutcomeJSON.optional(file.reason)),
                    ("block", OutcomeJSON.optional(file.block)), ("detail", .string(file.detail)), ("diff", OutcomeJSON.optional(file.diff)),
                ])
            })),
            ("drift", .bool(!files.isEmpty)),
        ])
    }
}
