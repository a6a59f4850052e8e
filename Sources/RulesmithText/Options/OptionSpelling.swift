import Foundation

/// How outcome, note and error text (Kit's and the layers' below) names a command-line option: the CLI installs its flag table
/// once at start (`OptionSpelling.install`), so a note says `\(option: .force)` and never writes
/// a flag itself. Until then (Kit's own tests) an option shows by its Kit name, `<force>`.
public enum OptionSpelling {
    private final class Table: @unchecked Sendable {
        let lock = NSLock()
        var spell: @Sendable (CommandOption) -> String = { "<\($0.rawValue)>" }
    }

    private static let table = Table()

    /// Makes `spelling` the words for every option in text Kit builds from now on.
    public static func install(_ spelling: @escaping @Sendable (CommandOption) -> String) {
        table.lock.withLock { table.spell = spelling }
    }

    /// The installed words for `option`.
    public static func spell(_ option: CommandOption) -> String {
        table.lock.withLock { table.spell }(option)
    }
}

extension String.StringInterpolation {
    /// An option named in outcome or note text, spelled by the CLI's table.
    public mutating func appendInterpolation(option: CommandOption) {
        appendLiteral(OptionSpelling.spell(option))
    }
}

extension UsageMessage {
    /// The message with `option` named as `replacement`: a step shared by two commands (the
    /// hook install `init --hook` runs) names the option of the command that ran.
    public func replacing(_ option: CommandOption, with replacement: CommandOption) -> UsageMessage {
        var copy = self
        copy.parts = parts.map { part in
            if case .option(option) = part { .option(replacement) } else { part }
        }
        return copy
    }
}
