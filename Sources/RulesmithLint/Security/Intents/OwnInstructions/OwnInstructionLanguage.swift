/// One language's words for the override concept pair (issue 14, item 16): the nouns of the
/// assistant's own instruction set and the markers that make them its own or prior, what a
/// sentence predicates of that set (breaking it or keeping it), and the words that embed it
/// (a negation, a condition or report, a refusal). Languages are data: the reading
/// (`OwnInstructionReading`) is the same for all of them.
///
/// Each field is a list of entries separated by "|", lower case. A trailing `*` lets the word go
/// on ("instruction*"), a leading `*` lets it start inside a word (German compounds, Arabic
/// prefixes), an entry with a space is a phrase of whole words, and an entry in a script written
/// without spaces (Chinese, Japanese, Thai) matches anywhere.
struct OwnInstructionLanguage: Sendable {
    let code: String
    /// Nouns of the instruction set that are the assistant's once marked prior or owned
    /// (instructions, guidelines, directives, system prompt, programming).
    var core = ""
    /// Broader nouns that are the assistant's only when marked as its own (rules, policies,
    /// configuration, defaults): "the default rules" of a linter are not.
    var broad = ""
    /// Phrases that name the assistant's own set by themselves ("your instructions", "the system
    /// prompt", "everything you were told").
    var owned = ""
    /// Markers of ownership: "your", "you were given", "the assistant's".
    var possessive = ""
    /// Markers of priority: "previous", "original", "built-in", "default", "system".
    var prior = ""
    /// Predicates that break the set: void, superseded, ignore, "were a test".
    var breaks = ""
    /// Predicates of dominance (override, outrank, take precedence): a break when the set is
    /// their object, a keep when it is their subject ("your instructions take precedence").
    var dominance = ""
    /// Predicates that keep the set: follow, apply, govern, bind, in force.
    var keeps = ""
    /// Words that set this file in the set's place ("only", "instead", "from now on").
    var displacement = ""
    /// Negations and cessations: "not", "never", "no longer", "stop".
    var negations = ""
    /// Conditions and reports that embed the phrase ("if a page says", "such as").
    var conditions = ""
    /// Words that refuse or name the attack ("untrusted", "prompt injection", "report it").
    var refusals = ""
    /// The assistant named in the third person or addressed as an AI ("the assistant", "if you
    /// are an AI"): with it, the set's owner may be "its" and the provider's instructions its own.
    var assistant = ""
    /// Possessives of the third person and reflexives ("its", "ses", "свои", "خودش"): the set's
    /// owner when the sentence names the assistant.
    var reflexive = ""
    /// Third parties whose words a defensive rule reports ("a page", "a file", "an issue"): after
    /// an "if", the request is theirs, not the file's.
    var sources = ""
}
