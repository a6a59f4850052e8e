/// package.json scripts spelled with the project's manager (`npm test`, `npm run lint`,
/// `pnpm build`, `yarn lint`, `bun run test`) and composer.json scripts (`composer test`).
enum PackageScripts {
    /// Names a manager keeps for its own commands, so the script must be run with `run`.
    static let builtins: [String: Set<String>] = [
        "pnpm": ["add", "install", "i", "update", "up", "remove", "rm", "link", "unlink", "import", "rebuild", "prune", "fetch", "patch", "exec", "dlx", "create", "init", "publish", "pack", "audit", "list", "ls", "outdated", "why", "store", "root", "bin", "env", "setup", "server", "deploy", "licenses", "doctor", "config"],
        "yarn": ["add", "install", "remove", "upgrade", "info", "init", "pack", "publish", "run", "version", "workspace", "workspaces", "why", "config", "cache", "dlx", "exec", "link", "unlink", "constraints", "plugin", "set", "up", "npm", "node", "bin", "explain", "patch", "rebuild", "stage", "audit", "outdated", "licenses", "global", "import", "owner", "team", "tag", "login", "logout", "check", "policies", "generate-lock-entry", "autoclean"],
    ]

    /// How `manager` runs the script `name`.
    static func spelled(_ name: String, manager: String) -> String {
        switch manager {
        case "npm": name == "test" || name == "start" ? "npm \(name)" : "npm run \(name)"
        case "bun": "bun run \(name)"
        default: builtins[manager]?.contains(name) == true ? "\(manager) run \(name)" : "\(manager) \(name)"
        }
    }

    static func candidates(for unit: ProjectUnit, context: CommandContext) -> [CommandCandidate] {
        let manifest = unit.manifests[0]
        guard let package = context.store.packageJSON(manifest) else { return [] }
        let manager = context.javascriptManager(at: unit.folder) ?? "npm"
        return package.scripts.compactMap { script in
            guard let (kind, closeness) = TaskNames.kind(of: script.name), !script.command.contains("no test specified") else { return nil }
            return CommandCandidate(
                folder: unit.folder, kind: kind, command: spelled(script.name, manager: manager),
                evidence: Evidence(manifest, line: script.line), source: "package.json", strength: .packageScript, closeness: closeness)
        }
    }

    static func composerCandidates(for unit: ProjectUnit, context: CommandContext) -> [CommandCandidate] {
        let manifest = unit.manifests[0]
        guard let text = context.store.text(manifest), let composer = ComposerJSON(text) else { return [] }
        return composer.scripts.compactMap { script in
            guard let (kind, closeness) = TaskNames.kind(of: script.name) else { return nil }
            return CommandCandidate(
                folder: unit.folder, kind: kind, command: "composer \(script.name)", evidence: Evidence(manifest, line: script.line),
                source: "composer.json", strength: .packageScript, closeness: closeness)
        }
    }
}
