import Foundation

/// The sandboxes a README block can ask for with `<!-- readme-test: in FIXTURE -->`:
///
/// - `repository` (the default): `/repo`, a committed TypeScript service (pnpm, scripts, a README,
///   docs, an llms.txt), with the folders the reference examples name beside it: `/api` (a Python
///   project), and, untracked and excluded, `/repo/team-templates` (a team stack) and `/repo/site`;
///   `git.example.com/platform/templates.git` holds the team's `acme-platform` stack (tag `v3`).
/// - `bootstrapped`: `repository` after `rulesmith init --yes` and a commit.
/// - `unindexed`: `repository` without its llms.txt (for `llms generate`).
/// - `parent`: the sandbox root holding `my-service` (a committed Swift package), with the team's
///   template repository at `git.example.com/platform/templates.git` one line ahead of the
///   built-in `base` stack's always-loaded rule.
/// - `team`: the sandbox root; `git.example.com/acme/{api,web,cli}.git` hold three services and
///   `git.example.com/platform/templates.git` is empty, for the team to push its templates to.
/// - `fleet`: `/platform` (where the manifest goes) with `git.example.com/acme/{api,cli,old}.git`,
///   `/web` (a clone with a `develop` branch) and the team's templates already pushed.
enum ReadmeFixtures {
    static let names = ["repository", "bootstrapped", "unindexed", "parent", "team", "fleet"]

    static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    static func build(_ fixture: String, in sandbox: ReadmeSandbox) throws {
        switch fixture {
        case "repository":
            try repository(in: sandbox)
        case "bootstrapped":
            try repository(in: sandbox)
            try sandbox.setUp("rulesmith init --yes >/dev/null && git add -A && git commit -qm 'Bootstrap rulesmith'", in: sandbox.directory)
        case "unindexed":
            try repository(in: sandbox)
            try sandbox.setUp("git rm -q llms.txt && git commit -qm 'No llms.txt yet'", in: sandbox.directory)
        case "parent":
            try swiftPackage(sandbox.root + "/my-service", in: sandbox)
            try teamTemplates(upgraded: true, in: sandbox)
        case "team":
            try service(sandbox.root + "/seeds/api", in: sandbox)
            try swiftPackage(sandbox.root + "/seeds/web", in: sandbox)
            try goModule(sandbox.root + "/seeds/cli", in: sandbox)
            for name in ["api", "web", "cli"] {
                try sandbox.setUp("git clone -q --bare seeds/\(name) remotes/acme/\(name).git", in: sandbox.root)
            }
            try sandbox.setUp("git init -q --bare remotes/platform/templates.git", in: sandbox.root)
        case "fleet":
            try service(sandbox.root + "/seeds/api", in: sandbox)
            try goModule(sandbox.root + "/seeds/cli", in: sandbox)
            try swiftPackage(sandbox.root + "/seeds/old", in: sandbox)
            for name in ["api", "cli", "old"] {
                try sandbox.setUp("git clone -q --bare seeds/\(name) remotes/acme/\(name).git", in: sandbox.root)
            }
            try swiftPackage(sandbox.root + "/web", in: sandbox)
            try sandbox.setUp("git branch develop", in: sandbox.root + "/web")
            try teamTemplates(upgraded: false, in: sandbox)
            try FileManager.default.createDirectory(atPath: sandbox.root + "/platform", withIntermediateDirectories: true)
            sandbox.directory = sandbox.root + "/platform"
        default:
            throw ReadmeFailure("unknown fixture '\(fixture)'; the fixtures are \(names.joined(separator: ", "))")
        }
    }

    /// `/repo`, the sample service the quick start and most reference examples run in.
    static func repository(in sandbox: ReadmeSandbox) throws {
        let repo = sandbox.root + "/repo"
        try service(repo, in: sandbox)
        sandbox.directory = repo
        try sandbox.write(repo + "/team-templates/acme-platform/stack.yml", acmeStack)
        try sandbox.write(repo + "/team-templates/acme-platform/reviews.md", acmeRule)
        try sandbox.write(repo + "/site/llms.txt", "# Site\n\n> The site's documentation.\n\n## Docs\n\n- [Guide](guide.md): how to use it\n")
        try sandbox.write(repo + "/site/guide.md", "# Guide\n\nUse it.\n")
        try sandbox.write(repo + "/.git/info/exclude", "team-templates/\nsite/\n")
        try sandbox.write(sandbox.root + "/api/pyproject.toml", "[project]\nname = \"api\"\nrequires-python = \">=3.12\"\ndependencies = [\"fastapi>=0.115\"]\n")
        try sandbox.write(sandbox.root + "/api/uv.lock", "version = 1\n")
        try teamTemplates(upgraded: false, in: sandbox)
    }

    /// A committed TypeScript service managed with pnpm.
    static func service(_ folder: String, in sandbox: ReadmeSandbox) throws {
        let name = (folder as NSString).lastPathComponent == "repo" ? "acme-api" : (folder as NSString).lastPathComponent
        try sandbox.write(
            folder + "/package.json",
            """
            {
              "name": "\(name)",
              "private": true,
              "packageManager": "pnpm@9.12.0",
              "scripts": {
                "build": "tsc -p .",
                "test": "vitest run",
                "lint": "eslint ."
              },
              "devDependencies": {
                "eslint": "^9.12.0",
                "typescript": "^5.6.0",
                "vitest": "^2.1.0"
              }
            }

            """)
        try sandbox.write(folder + "/pnpm-lock.yaml", "lockfileVersion: '9.0'\n")
        try sandbox.write(folder + "/tsconfig.json", "{ \"compilerOptions\": { \"strict\": true, \"outDir\": \"dist\" } }\n")
        try sandbox.write(folder + "/src/index.ts", "export const ready = true;\n")
        try sandbox.write(folder + "/README.md", "# Acme API\n\nThe Acme API serves orders and invoices over HTTP.\n\nSee [the install guide](docs/install.md).\n")
        try sandbox.write(folder + "/docs/install.md", "# Install\n\nRun `pnpm install`, then `pnpm test`.\n")
        try sandbox.write(
            folder + "/llms.txt", "# Acme API\n\n> The Acme API serves orders and invoices over HTTP.\n\n## Docs\n\n- [Install](docs/install.md): set up a development copy\n")
        try commit(folder, in: sandbox)
    }

    /// A committed Swift package.
    static func swiftPackage(_ folder: String, in sandbox: ReadmeSandbox) throws {
        try sandbox.write(
            folder + "/Package.swift",
            "// swift-tools-version:6.0\nimport PackageDescription\n\nlet package = Package(name: \"Service\", targets: [.target(name: \"Service\")])\n")
        try sandbox.write(folder + "/Sources/Service/Service.swift", "public struct Service {}\n")
        try sandbox.write(folder + "/.gitignore", ".build/\n")
        try commit(folder, in: sandbox)
    }

    /// A committed Go module.
    static func goModule(_ folder: String, in sandbox: ReadmeSandbox) throws {
        try sandbox.write(folder + "/go.mod", "module example.com/acme/cli\n\ngo 1.23\n")
        try sandbox.write(folder + "/main.go", "package main\n\nfunc main() {}\n")
        try commit(folder, in: sandbox)
    }

    static func commit(_ folder: String, in sandbox: ReadmeSandbox) throws {
        try sandbox.setUp("git init -q . && git add -A && git commit -qm 'Initial commit'", in: folder)
    }

    /// The team's template repository behind `git.example.com/platform/templates.git`: the
    /// `acme-platform` stack, and (`upgraded`) the built-in `base` stack with one more line in its
    /// always-loaded rule, as a team that upgrades a rule pushes it.
    static func teamTemplates(upgraded: Bool, in sandbox: ReadmeSandbox) throws {
        let seed = sandbox.root + "/seeds/templates"
        try sandbox.write(seed + "/acme-platform/stack.yml", acmeStack)
        try sandbox.write(seed + "/acme-platform/reviews.md", acmeRule)
        if upgraded {
            try FileManager.default.createDirectory(atPath: seed, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: packageRoot + "/Templates/base", toPath: seed + "/base")
            let rule = seed + "/base/secrets-and-security.md"
            let text = try String(contentsOfFile: rule, encoding: .utf8)
            // The new line opens the rule, away from the end of AGENTS.md where the walkthrough's
            // hand edit goes, so the two merge cleanly.
            let upgraded = text.replacingOccurrences(
                of: "# Secrets and security\n\n", with: "# Secrets and security\n\n- Keep `.env` files out of git; commit `.env.example` instead.\n")
            guard upgraded != text else { throw ReadmeFailure("base/secrets-and-security.md has no '# Secrets and security' heading to upgrade") }
            try sandbox.write(rule, upgraded)
        }
        try commit(seed, in: sandbox)
        try sandbox.setUp("git tag v3", in: seed)
        try sandbox.setUp("git clone -q --bare seeds/templates remotes/platform/templates.git", in: sandbox.root)
    }

    static let acmeStack = """
        id: acme-platform
        title: Acme platform conventions
        description: "What every Acme service does: reviews, releases and on-call."
        category: base
        tags: [acme]

        """

    static let acmeRule = """
        ---
        description: Code review and release conventions at Acme
        alwaysApply: true
        essential: true
        ---
        # Reviews and releases

        - Every pull request names its ticket (`ACME-123`) in the title.
        - Releases are cut by the release bot; never push a tag by hand.

        """
}
