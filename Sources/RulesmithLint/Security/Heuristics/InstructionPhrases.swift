/// The word patterns of H1 (override), H2 (concealment), H3 (hijack), H5 (exfiltration requests)
/// and H12 (skipping confirmation).
enum InstructionPhrases {
    private typealias Step = Phrase.Step

    private static let negation: [[String]] = [["do", "not"], ["don't"], ["dont"], ["never"], ["must", "not"],
                                               ["should", "not"], ["shouldn't"]]

    static let override: [Phrase] = [
        Phrase([
            Step(options: words("ignore ignoring disregard disregarding forget forgetting"), maxGap: 0),
            Step(options: words("previous prior above earlier preceding foregoing"), maxGap: 4),
            Step(options: words("instructions instruction rules directions directives prompts prompt guidelines commands"),
                 maxGap: 3),
        ]),
    ]

    static let concealment: [Phrase] = [
        Phrase([
            Step(options: negation, maxGap: 0),
            Step(options: words("tell mention reveal disclose inform notify"), maxGap: 1),
            Step(options: words("user users user's"), maxGap: 5),
        ], tail: .notTo),
        Phrase([
            Step(options: words("without"), maxGap: 0),
            Step(options: words("telling informing notifying alerting"), maxGap: 0),
            Step(options: words("user users"), maxGap: 2),
        ]),
        Phrase([
            Step(options: words("without"), maxGap: 0),
            Step(options: words("user users"), maxGap: 1),
            Step(options: words("knowing noticing seeing realizing realising"), maxGap: 0),
        ]),
        Phrase([
            Step(options: [["do", "not"], ["don't"], ["dont"], ["never"]], maxGap: 0),
            Step(options: words("include mention put add record write log"), maxGap: 0),
            Step(options: words("this these it that"), maxGap: 0),
            Step(options: words("in into from"), maxGap: 0),
            Step(options: words("summary summaries commit commits response reply output changelog answer explanation"),
                 maxGap: 2),
        ]),
    ]

    static let hijack: [Phrase] = [
        Phrase([
            Step(options: [["you", "are", "now"], ["you're", "now"]], maxGap: 0),
            Step(options: words("unrestricted dan jailbroken uncensored unfiltered") + [["developer", "mode"], ["god", "mode"]],
                 maxGap: 3),
        ]),
        Phrase([
            Step(options: words("new updated"), maxGap: 0),
            Step(options: [["instructions"], ["system", "prompt"], ["rules"]], maxGap: 0),
        ], tail: .colon),
    ]

    static let exfiltration: [Phrase] = [
        Phrase([
            Step(options: words("send sends sending upload uploads uploading post exfiltrate exfiltrates transmit forward leak email"),
                 maxGap: 0),
            Step(options: words("env id_rsa id_ed25519 ssh npmrc netrc pypirc credentials tokens token secrets passwords password cookies")
                 + [["api", "key"], ["api", "keys"], ["private", "key"], ["private", "keys"], ["environment", "variables"],
                    ["env", "vars"]], maxGap: 5, check: .secretObject),
            Step(options: words("to"), maxGap: 6),
        ]),
    ]

    static let confirmation: [Phrase] = [
        Phrase([
            Step(options: [["do", "not"], ["don't"], ["dont"], ["never"], ["without"], ["no", "need", "to"], ["stop"]], maxGap: 0),
            Step(options: words("ask asking request requesting wait waiting seek seeking prompt prompting"), maxGap: 1),
            Step(options: words("confirmation permission approval consent"), maxGap: 3),
        ]),
    ]

    static func phrases(for rule: HeuristicRule) -> [Phrase] {
        switch rule {
        case .override: override
        case .concealment: concealment
        case .hijack: hijack
        case .exfiltration: exfiltration
        case .destructive: confirmation
        default: []
        }
    }

    private static func words(_ list: String) -> [[String]] {
        list.split(separator: " ").map { [String($0)] }
    }
}
