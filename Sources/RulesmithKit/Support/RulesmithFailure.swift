import RulesmithLint
import RulesmithText

/// The one failure Kit throws: what went wrong, typed by its cause, with one printable line per
/// problem. The CLI, not Kit, decides the exit code of each case.
public enum RulesmithFailure: Error, CustomStringConvertible, Sendable {
    /// Options that do not go together or a value the command cannot take; the options it names
    /// stay typed (`UsageMessage`), so only the CLI spells them.
    case usage(UsageMessage)
    /// `.rulesmith.yml` (or a sync manifest) is unreadable or invalid: every problem found.
    case configuration([ConfigurationError])
    /// A file or folder cannot be read or written.
    case io(path: String, cause: String)
    /// git (libgit2 or a repository) failed.
    case git(String)
    /// The template registry failed (a database, a revision, a stack, a template).
    case registry(String)
    /// A gate refused on purpose: templates with lint errors on import, a security error in a
    /// commit. Nothing was written; the user decides (exit 1 in the CLI, like findings).
    case refused(String)
    /// Any other failure the user can act on, said in one message naming the file and the cause.
    case failed(String)

    /// A failure described only by its message (most call sites).
    public init(_ message: String) {
        self = .failed(message)
    }

    /// The message: one problem, or several separated by `\nrulesmith: `. Options show by their
    /// Kit names (`<jobs>`); the CLI prints `message(spelling:)` with its own spelling.
    public var message: String { message(spelling: { "<\($0.rawValue)>" }) }

    /// The message with each option a usage failure names spelled by `spelling`.
    public func message(spelling: (CommandOption) -> String) -> String {
        switch self {
        case .usage(let message):
            message.rendered(spelling)
        case .git(let message), .registry(let message), .refused(let message), .failed(let message):
            message
        case .configuration(let errors):
            errors.map(\.description).joined(separator: "\nrulesmith: ")
        case .io(let path, let cause):
            "\(path): \(cause)"
        }
    }

    public var description: String { message }

    /// The message as printed: `rulesmith: ` and one printable line per problem. Messages quote
    /// paths, keys and values from files, so a break or escape sequence inside one shows as
    /// `⏎` or `�`; only the separator of a list of problems (`\nrulesmith: `) starts a line.
    public var printableLines: String { printableLines(spelling: { "<\($0.rawValue)>" }) }

    /// `printableLines` with each option spelled by `spelling` (the CLI's flags).
    public func printableLines(spelling: (CommandOption) -> String) -> String {
        message(spelling: spelling).components(separatedBy: "\nrulesmith: ").map { "rulesmith: " + PrintableMessage.make($0) + "\n" }.joined()
    }
}

/// The name most of Kit throws under: a `RulesmithFailure` built from a message.
public typealias RulesmithError = RulesmithFailure
