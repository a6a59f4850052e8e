import RulesmithText

/// A failure the user can act on: one line naming the file and the cause, and an exit code
/// (2 for usage, configuration, I/O and internal errors).
public struct RulesmithError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var exitCode: Int32

    public init(_ message: String, exitCode: Int32 = 2) {
        self.message = message
        self.exitCode = exitCode
    }

    public var description: String { message }

    /// The message as printed: `rulesmith: ` and one printable line per problem. Messages quote
    /// paths, keys and values from files, so a break or escape sequence inside one shows as
    /// `⏎` or `�`; only the separator of a list of problems (`\nrulesmith: `) starts a line.
    public var printableLines: String {
        message.components(separatedBy: "\nrulesmith: ").map { "rulesmith: " + PrintableMessage.make($0) + "\n" }.joined()
    }
}

/// A finished run that should end the process with `code` (0 clean, 1 findings or drift).
public struct ExitStatus: Error, Sendable {
    public var code: Int32

    public init(_ code: Int32) {
        self.code = code
    }
}
