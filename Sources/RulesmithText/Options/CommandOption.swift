/// A command-line option a failure or a note is about, named by what it sets, not by how the CLI
/// spells it: Kit and the layers below say which option, the CLI words it (`CommandOption.flag` in
/// `rulesmith`).
public enum CommandOption: String, Sendable, Hashable, CaseIterable {
    case stack, variable, target, targets, jobs
    case repository, cache, branch, source, ref, base
    case fix, staged, kind, registry, latest, yes, dryRun, chain
    case checkout, commit
    case hook, chainHook, adoptExisting
    case fetch, root, baseURL, timeout, maxBytes, maxRedirects
    case force, noPush, output, allowFindings, format, compat
}

/// A usage failure's text that keeps the options it names as values (`"\(option: .jobs): must be
/// at least 1"`), so the CLI can spell them; everything else is plain text.
public struct UsageMessage: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// A run of text, or an option the CLI spells.
    public enum Part: Sendable, Hashable {
        case text(String)
        case option(CommandOption)
    }

    public var parts: [Part]

    public init(_ text: String) {
        parts = [.text(text)]
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(stringInterpolation: Interpolation) {
        parts = stringInterpolation.parts
    }

    /// The options the message names, in order.
    public var options: [CommandOption] {
        parts.compactMap { if case .option(let option) = $0 { option } else { nil } }
    }

    /// The text with each option spelled by `spelling`.
    public func rendered(_ spelling: (CommandOption) -> String) -> String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .option(let option): spelling(option)
            }
        }.joined()
    }

    /// The text with each option shown by its Kit name (`<jobs>`): for logs and tests, not for users.
    public var description: String { rendered { "<\($0.rawValue)>" } }

    /// Builds the parts of an interpolated message.
    public struct Interpolation: StringInterpolationProtocol {
        var parts: [Part] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            guard !literal.isEmpty else { return }
            parts.append(.text(literal))
        }

        public mutating func appendInterpolation(option: CommandOption) {
            parts.append(.option(option))
        }

        public mutating func appendInterpolation(_ value: some Any) {
            parts.append(.text(String(describing: value)))
        }
    }
}
