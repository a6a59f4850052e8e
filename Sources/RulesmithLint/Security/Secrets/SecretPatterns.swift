/// Token formats of the common providers (cloud, source hosting, LLM APIs, payments, chat), with exact lengths from gitleaks'
/// `config/gitleaks.toml` so that documentation stubs (`sk-ant-api03-xxxxx`) never match.
enum SecretPatterns {
    typealias Piece = SecretPattern.Piece

    /// An automaton keyword and the patterns that may start where it does.
    struct Anchor: Sendable {
        let text: String
        let wordStart: Bool
        let patterns: [SecretPattern]
    }

    private static let base64URL = ByteSet("A-Za-z0-9/\\_-")
    private static let slackBody = ByteSet("A-Za-z0-9-")

    private static func lit(_ options: String...) -> Piece { .choice(options.map { [.literal($0)] }) }

    private static let aws = SecretPattern(provider: "AWS access key ID", pieces: [
        .choice([[.literal("AKIA")], [.literal("ASIA")], [.literal("ABIA")], [.literal("ACCA")],
                 [.literal("A3T"), .run(ByteSet("A-Z0-9"), 1, 1)]]),
        .run(ByteSet("A-Z2-7"), 16, 16), .notFollowedBy(.word),
    ])

    private static let github = SecretPattern(provider: "GitHub token", pieces: [
        lit("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), .run(.alphanumeric, 36, 36), .notFollowedBy(.alphanumeric),
    ])

    private static let githubFineGrained = SecretPattern(provider: "GitHub fine-grained token", pieces: [
        .literal("github_pat_"), .run(.word, 82, 82), .notFollowedBy(.word),
    ])

    private static let gitlab = SecretPattern(provider: "GitLab access token", pieces: [
        .literal("glpat-"), .run(.wordDash, 20, 20),
    ])

    private static let anthropic = SecretPattern(provider: "Anthropic API key", pieces: [
        .literal("sk-ant-"), lit("api03-", "admin01-"), .run(.wordDash, 93, 93), .literal("AA"), .notFollowedBy(.wordDash),
    ])

    private static let openAIProject = SecretPattern(provider: "OpenAI API key", pieces: [
        .literal("sk-"), lit("proj-", "svcacct-", "admin-"),
        .choice([[.run(.wordDash, 74, 74)], [.run(.wordDash, 58, 58)]]), .literal("T3BlbkFJ"),
        .choice([[.run(.wordDash, 74, 74)], [.run(.wordDash, 58, 58)]]), .notFollowedBy(.wordDash),
    ])

    private static let openAILegacy = SecretPattern(provider: "OpenAI API key", pieces: [
        .literal("sk-"), .run(.alphanumeric, 20, 20), .literal("T3BlbkFJ"), .run(.alphanumeric, 20, 20),
        .notFollowedBy(.alphanumeric),
    ])

    private static let google = SecretPattern(provider: "Google API key", pieces: [
        .literal("AIza"), .run(.wordDash, 35, 35), .notFollowedBy(.wordDash),
    ])

    private static let slack: [SecretPattern] = [
        SecretPattern(provider: "Slack bot token", pieces: [
            .literal("xoxb-"), .run(.digits, 10, 13), .literal("-"), .run(.digits, 10, 13), .run(slackBody, 0, 200),
        ]),
        SecretPattern(provider: "Slack user token", pieces: [
            .literal("xox"), lit("p", "e"), .literal("-"), .run(.digits, 10, 13), .literal("-"), .run(.digits, 10, 13),
            .literal("-"), .run(.digits, 10, 13), .literal("-"), .run(slackBody, 28, 34),
        ]),
        SecretPattern(provider: "Slack configuration token", pieces: [
            .literal("xoxe.xox"), lit("b", "p"), .literal("-"), .run(.digits, 1, 1), .literal("-"),
            .run(.alphanumeric, 163, 166),
        ]),
        SecretPattern(provider: "Slack configuration refresh token", pieces: [
            .literal("xoxe-"), .run(.digits, 1, 1), .literal("-"), .run(.alphanumeric, 146, 146),
        ]),
        SecretPattern(provider: "Slack legacy bot token", pieces: [
            .literal("xoxb-"), .run(.digits, 8, 14), .literal("-"), .run(.alphanumeric, 18, 26),
        ]),
        SecretPattern(provider: "Slack legacy token", pieces: [
            .literal("xox"), lit("o", "s"), .literal("-"), .run(.digits, 1, 20), .literal("-"), .run(.digits, 1, 20),
            .literal("-"), .run(.digits, 1, 20), .literal("-"), .run(.hex, 1, 200),
        ]),
        SecretPattern(provider: "Slack legacy workspace token", pieces: [
            .literal("xox"), lit("a", "r"), .literal("-"), .choice([[.run(.digits, 1, 1), .literal("-")], []]),
            .run(.alphanumeric, 8, 48),
        ]),
    ]

    private static let slackApp = SecretPattern(provider: "Slack app token", pieces: [
        .folded("xapp-"), .run(.digits, 1, 1), .literal("-"), .run(.alphanumeric, 1, 64), .literal("-"),
        .run(.digits, 1, 32), .literal("-"), .run(.alphanumeric, 1, 128),
    ])

    private static let slackWebhook = SecretPattern(provider: "Slack webhook URL", pieces: [
        .literal("hooks.slack.com/"), lit("services", "workflows", "triggers"), .literal("/"),
        .run(ByteSet("A-Za-z0-9+/"), 43, 56),
    ])

    private static func stripe(_ separator: String) -> [SecretPattern] {
        [
            SecretPattern(provider: "Stripe live key", pieces: [
                lit("sk", "rk"), .literal(separator), lit("live", "prod"), .literal(separator),
                .run(.alphanumeric, 10, 99), .notFollowedBy(.alphanumeric),
            ], wordStart: true),
            SecretPattern(provider: "Stripe test key", pieces: [
                lit("sk", "rk"), .literal(separator), .literal("test"), .literal(separator),
                .run(.alphanumeric, 10, 99), .notFollowedBy(.alphanumeric),
            ], severity: .warning, wordStart: true),
        ]
    }

    private static let huggingFace = SecretPattern(provider: "Hugging Face token", pieces: [
        lit("hf_", "api_org_"), .run(.letters, 34, 34), .notFollowedBy(.alphanumeric),
    ])

    private static let npm = SecretPattern(provider: "npm access token", pieces: [
        .folded("npm_"), .run(.alphanumeric, 36, 36), .notFollowedBy(.alphanumeric),
    ])

    private static let pypi = SecretPattern(provider: "PyPI upload token", pieces: [
        .literal("pypi-AgEIcHlwaS5vcmc"), .run(.wordDash, 50, 1000),
    ])

    private static let sendGrid = SecretPattern(provider: "SendGrid API key", pieces: [
        .literal("SG."), .run(ByteSet("A-Za-z0-9=_.-"), 66, 66), .notFollowedBy(ByteSet("A-Za-z0-9=_.-")),
    ])

    private static let twilio = SecretPattern(provider: "Twilio API key", pieces: [
        .literal("SK"), .run(.hex, 32, 32), .notFollowedBy(.alphanumeric),
    ])

    private static let jwt = SecretPattern(provider: "JSON Web Token", pieces: [
        .literal("ey"), .run(.alphanumeric, 17, 8192), .literal("."), .literal("ey"), .run(base64URL, 17, 8192),
        .literal("."), .choice([[.run(base64URL, 10, 8192), .run(ByteSet("="), 0, 2)], []]),
        .notFollowedBy(ByteSet("A-Za-z0-9/\\_=.-")),
    ])

    private static let azure = SecretPattern(provider: "Azure storage account key", pieces: [
        .literal("AccountKey="), .run(ByteSet("A-Za-z0-9+/="), 88, 88),
    ])

    static let anchors: [Anchor] = {
        var list: [Anchor] = []
        func add(_ texts: [String], wordStart: Bool, _ patterns: [SecretPattern]) {
            for text in texts { list.append(Anchor(text: text, wordStart: wordStart, patterns: patterns)) }
        }
        add(["akia", "asia", "abia", "acca", "a3t"], wordStart: true, [aws])
        add(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"], wordStart: false, [github])
        add(["github_pat_"], wordStart: false, [githubFineGrained])
        add(["glpat-"], wordStart: false, [gitlab])
        add(["sk-"], wordStart: false, [anthropic, openAIProject, openAILegacy] + stripe("-"))
        add(["rk-"], wordStart: true, stripe("-"))
        add(["aiza"], wordStart: true, [google])
        add(["xox"], wordStart: true, slack)
        add(["xapp-"], wordStart: true, [slackApp])
        add(["hooks.slack.com/"], wordStart: false, [slackWebhook])
        add(["sk_", "rk_"], wordStart: true, stripe("_"))
        add(["hf_", "api_org_"], wordStart: true, [huggingFace])
        add(["npm_"], wordStart: true, [npm])
        add(["pypi-agei"], wordStart: false, [pypi])
        add(["sg."], wordStart: true, [sendGrid])
        add(["sk"], wordStart: true, [twilio])
        add(["eyj"], wordStart: true, [jwt])
        add(["accountkey="], wordStart: false, [azure])
        return list
    }()
}
