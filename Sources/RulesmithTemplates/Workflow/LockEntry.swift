/// One generated file in `.rulesmith.lock`: where it is, what it came from, and the blob id of the
/// text rulesmith generated for it (the base of the next 3-way merge).
public struct LockEntry: Sendable, Equatable {
    /// Repository-relative, '/'-separated.
    public var path: String
    public var target: String
    /// The stacks whose rules it holds (`local` for overlays).
    public var stacks: [String]
    /// The rules it holds, as `stack/rule`.
    public var rules: [String]
    /// The registry revision it was rendered from.
    public var revision: Int
    /// Where that revision came from (`builtin`, a folder, a git URL).
    public var source: String
    /// Blob id of the generated text: the whole file, or the block body when `block` is set.
    public var blob: String
    /// The managed block's ID when only a `<!-- rulesmith:begin ID -->` block is rulesmith's.
    public var block: String?
    /// For an MCP file: the servers rulesmith generated in it (the rest of the file is the user's).
    public var servers: [String]?
    /// An apply left conflict markers in it that the user has not resolved yet.
    public var conflicted: Bool

    public init(
        path: String, target: String, stacks: [String], rules: [String], revision: Int, source: String, blob: String,
        block: String? = nil, conflicted: Bool = false, servers: [String]? = nil
    ) {
        self.servers = servers
        self.path = path
        self.target = target
        self.stacks = stacks
        self.rules = rules
        self.revision = revision
        self.source = source
        self.blob = blob
        self.block = block
        self.conflicted = conflicted
    }

    /// The stacks named by `rules` (`stack/rule`), in first-seen order.
    public static func stacks(of rules: [String]) -> [String] {
        var seen = Set<String>()
        var output: [String] = []
        for rule in rules {
            let stack = rule.split(separator: "/", maxSplits: 1).first.map(String.init) ?? rule
            if seen.insert(stack).inserted { output.append(stack) }
        }
        return output
    }
}
