import RulesmithEditors

/// The largest file rulesmith reads of each kind, so hostile input (a sparse 1 GB `AGENTS.md`,
/// `lint - < /dev/zero`) is refused with one line instead of exhausting memory.
public enum InputSizeLimit {
    /// An llms.txt (or llms-full.txt) may be a whole documentation dump: 256 MiB.
    public static let llmsTxt = 256 << 20
    /// Every rules file: editors read tens of kilobytes of it, so 4 MiB is generous.
    public static let rulesFile = 4 << 20

    /// The limit for a file of `kind`.
    public static func bytes(for kind: FileKind) -> Int {
        kind == .llmsTxt ? llmsTxt : rulesFile
    }

    /// The one-line refusal naming the file, its size and the limit. `size` is the size the file
    /// reported, or one past the limit when the read stopped there (a stream has no size).
    static func refusal(_ shown: String, kind: FileKind, size: Int, action: String = "lint") -> RulesmithError {
        let limit = bytes(for: kind)
        let what = kind == .llmsTxt ? "an llms.txt" : "a rules file (\(kind.rawValue))"
        let amount = size > limit + 1 ? "\(size) bytes" : "more than \(limit) bytes"
        return RulesmithError("\(shown): too large to \(action): \(amount), over the limit of \(describe(limit)) for \(what)")
    }

    /// `4 MiB`, `256 MiB`.
    static func describe(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
