import RulesmithText
import RulesmithTemplates


/// Why a registry operation failed; every message is one line naming the database file or
/// template file and the cause.
public enum RegistryError: Error, Sendable, CustomStringConvertible {
    /// The file exists but is not a SQLite database.
    case notADatabase(path: String)
    /// A SQLite database that rulesmith did not create (another application's file).
    case foreignDatabase(path: String)
    /// The database was written by a newer rulesmith (migrations this build does not know).
    case newerSchema(path: String, unknown: [String])
    /// SQLite reports the file damaged.
    case corrupt(path: String, detail: String)
    /// Another process held the database longer than the busy timeout.
    case busy(path: String, seconds: Double)
    /// Any other SQLite failure.
    case database(path: String, detail: String)
    /// A template failed to parse, or violates the layout.
    case template(TemplateError)
    /// Lint found error-severity problems in templates being imported.
    case lintRefused([LintRefusal])
    /// A stack, rule or revision that the registry does not hold.
    case notFound(String)

    public var description: String {
        switch self {
        case let .notADatabase(path):
            "\(path): not a SQLite database; refusing to touch it (pass \(option: .registry) with another path)"
        case let .foreignDatabase(path):
            "\(path): a SQLite database that rulesmith did not create; refusing to migrate or overwrite it"
        case let .newerSchema(path, unknown):
            "\(path): written by a newer rulesmith (unknown migrations: \(unknown.joined(separator: ", "))); upgrade rulesmith"
        case let .corrupt(path, detail):
            "\(path): the database is damaged (\(detail)); restore it or move it aside"
        case let .busy(path, seconds):
            "\(path): another rulesmith process kept the registry busy for \(Self.format(seconds)) s; try again"
        case let .database(path, detail):
            "\(path): \(detail)"
        case let .template(error):
            error.description
        case let .lintRefused(refusals):
            Self.refusalMessage(refusals)
        case let .notFound(what):
            "\(what) is not in the registry"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    private static func refusalMessage(_ refusals: [LintRefusal]) -> String {
        guard let first = refusals.first else { return "import refused by lint" }
        let more = refusals.count > 1 ? " (and \(refusals.count - 1) more error finding\(refusals.count == 2 ? "" : "s"))" : ""
        return "import refused: \(first)\(more); fix the template or pass \(option: .allowFindings)"
    }
}

/// One error-severity finding that stops an import: file, position, rule and message.
public struct LintRefusal: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var ruleID: String
    public var ruleName: String
    public var message: String

    public init(path: String, line: Int, column: Int, ruleID: String, ruleName: String, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.ruleID = ruleID
        self.ruleName = ruleName
        self.message = message
    }

    public var description: String { "\(path):\(line):\(column): \(ruleID) \(ruleName): \(message)" }
}
