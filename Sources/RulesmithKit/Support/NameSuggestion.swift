import RulesmithText

/// "Did you mean" for a mistyped command or subcommand name, with the edit-distance helper the
/// configuration and the lint rules use.
public enum NameSuggestion {
    /// The known name closest to `word` (at most 2 edits, any case), or nil.
    public static func closest(to word: String, in names: [String]) -> String? {
        closestMatch(to: word, in: names, within: 2, ignoringCase: true)
    }
}
