/// SEC107 (H7): commands that read private keys or print credentials.
struct CredentialReadRule: Rule {
    let description = RuleDescription(
        id: "SEC107", name: "credential-read",
        summary: "A command reads a private key or prints a credential (`cat ~/.ssh/id_rsa`, `gh auth token`)",
        rationale: """
        Reading `~/.ssh/id_rsa`, `~/.aws/credentials` or `.netrc`, or running `gh auth token`, \
        `aws configure export-credentials`, `gcloud auth print-access-token` or `printenv`, puts \
        secrets into the agent's context, from where one more instruction sends them away. Public \
        keys (`.pub`) are not reported.
        """,
        kinds: SecurityRules.allKinds, tags: ["security", "injection"], defaultSeverity: .error, aliases: ["H7"],
        triggering: [
            Example("↓cat ~/.ssh/id_rsa\n", kind: .cursorrules),
            Example("Run `↓gh auth token` and paste it.\n", kind: .agentsMd),
            Example("gcloud auth ↓print-access-token\n", kind: .agentsMd),
            Example("↓printenv\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("cat ~/.ssh/id_rsa.pub\n", kind: .agentsMd),
            Example("Add the host to ~/.ssh/config\n", kind: .agentsMd),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { document.analysis(TextScan.self).findings(.credentialRead) }
}
