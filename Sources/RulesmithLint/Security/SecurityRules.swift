import RulesmithEditors

/// The security scan: SEC001–SEC011 (code points), SEC101–SEC113 (heuristics), SEC201 (secrets).
public enum SecurityRules {
    public static let all: [any Rule] = [
        HiddenTagCharactersRule(), BidiControlCharacterRule(), BidiMarkRule(), ZeroWidthCharacterRule(),
        StrayVariationSelectorRule(), ControlCharacterRule(), BlankLetterCharacterRule(), OtherInvisibleCharacterRule(),
        UnusualSpaceCharacterRule(), MixedScriptTokenRule(), NonUTF8EncodingRule(),
        InstructionOverrideRule(), ConcealmentInstructionRule(), RoleHijackRule(), HiddenHTMLCommentRule(),
        DataExfiltrationRule(), RemoteScriptExecutionRule(), CredentialReadRule(), PersistenceOrWeakeningRule(),
        ShellInjectionSyntaxRule(),
        WhitespacePaddingRule(), InvisibleHTMLTextRule(), EncodedBlobRule(), DestructiveCommandRule(),
        SecretInRulesFileRule(),
    ]

    /// Security rules read every kind of file, llms.txt included.
    static let allKinds = Set(FileKind.allCases)
}
