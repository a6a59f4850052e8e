import RulesmithText

/// Kit's names for the option machinery that lives in `RulesmithText`, so the CLI (which imports
/// Kit) spells options without importing the text layer.
public typealias CommandOption = RulesmithText.CommandOption
public typealias UsageMessage = RulesmithText.UsageMessage
public typealias OptionSpelling = RulesmithText.OptionSpelling

extension RulesmithFailure {
    /// The failure with `option` named as `replacement` (usage failures only name options).
    public func replacing(_ option: CommandOption, with replacement: CommandOption) -> RulesmithFailure {
        if case .usage(let message) = self { .usage(message.replacing(option, with: replacement)) } else { self }
    }
}
