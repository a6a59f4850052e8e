/// SEC201: provider secrets, private keys, URL credentials and high-entropy key assignments.
struct SecretInRulesFileRule: Rule {
    let description = RuleDescription(
        id: "SEC201", name: "secret-in-rules-file",
        summary: "A secret (API key, token, private key, URL password) in a rules file",
        rationale: """
        Rules files are committed, copied between repositories and sent to a model provider with \
        every request, so a secret in one is leaked. Provider formats (AWS, GitHub, GitLab, \
        Anthropic, OpenAI, Google, Slack, Stripe, Hugging Face, npm, PyPI, SendGrid, Twilio, JWT, \
        private keys, Azure account keys, passwords in URLs) match exact lengths so documentation \
        stubs such as `sk-ant-api03-xxxxx` and placeholders (`your-…`, `<…>`, `${…}`, example, \
        changeme, redacted) do not. A token cut in pieces (wrapped at a line end, or quoted halves \
        joined by `+`) is joined and found too. These are errors, except Stripe test keys. A secret-named key \
        assigned a quoted high-entropy literal is a warning. Messages never print the secret.
        """,
        kinds: SecurityRules.allKinds, tags: [.security, .secrets], defaultSeverity: .error, aliases: ["secret"],
        traits: [.security, .normalisedText],
        triggering: [
            Example("AWS_ACCESS_KEY_ID=↓AKIAZ7XQ4LMNOPQR7XQ2\n", kind: .cursorrules),
            Example("STRIPE_KEY=↓sk_live_51HxQ2bK8dL3mN9pR4tV6wY\n", kind: .agentsMd),
            Example("token: ↓ghp_R4nd0mT0k3nV4lu3Abcdefghijklmnop1234\n", kind: .agentsMd),
            Example("↓-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB\naFDrBz9vFqU4yV2KxSxAqL9F0xZC9lYQ2mW1hQ==\n-----END RSA PRIVATE KEY-----\n", kind: .agentsMd),
            Example("DATABASE_URL=↓postgres://admin:Xk9mQ2vLp@db.internal.test/app\n", kind: .claudeMd),
            Example("const ↓apiKey = \"q8W3zR7xL2mN5vB9\"\n", kind: .cursorrules),
            Example("Test with ↓sk_test_4eC39HqLyjWDarjtT1zdp7dc\n", kind: .agentsMd),
            Example("GITHUB_TOKEN=↓ghp_R4nd0mT0k3nV4lu3Ab\ncdefghijklmnop1234\n", kind: .agentsMd),
            Example("token = \"↓ghp_R4nd0mT0k3nV4\" + \"lu3Abcdefghijklmnop1234\"\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("Set `ANTHROPIC_API_KEY=sk-ant-api03-xxxxx`\n", kind: .agentsMd),
            Example("The AWS docs use AKIAIOSFODNN7EXAMPLE\n", kind: .agentsMd),
            Example("api_key = \"your_api_key_here\"\n", kind: .llmsTxt),
            Example("password = os.environ[\"DB_PASSWORD\"]\n", kind: .agentsMd),
            Example("postgres://user:password@localhost:5432/db\n", kind: .agentsMd),
            Example("token: process.env.GITHUB_TOKEN\n", kind: .agentsMd),
            Example("Files start with -----BEGIN PRIVATE KEY----- and must never be committed.\n", kind: .agentsMd),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { document.analysis(TextScan.self).findings(.secret) }
}
