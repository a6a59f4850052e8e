import RulesmithEditors
import RulesmithFacts

/// The generated project section that opens every always-loaded file rendered with facts: each
/// project folder with its stacks, package manager, the exact commands the repository states
/// (nothing invented) and the versions that change advice. It is what an agent needs on every
/// task; stack guidance loads on demand.
enum RepositorySection {
    /// The stack name the section renders under (`rulesmith/repository`).
    static let stack = "rulesmith"
    static let ruleID = "repository"

    /// Versions worth stating (language and framework majors), in this order.
    static let versions = [
        "node", "python", "go", "rust-edition", "rust-toolchain", "swift-tools", "ruby", "php", "java", "kotlin",
        "typescript", "next", "react", "vue", "angular", "svelte", "express", "django", "fastapi", "flask", "sqlalchemy",
        "sqlmodel", "pydantic", "rails", "laravel", "spring-boot",
    ]

    /// The section as an always-on, essential rule, or nil when the facts hold no project.
    static func rule(_ facts: RepositoryFacts) -> RuleTemplate? {
        let projects = facts.projects.filter { !$0.stacks.isEmpty || !$0.commands.isEmpty || $0.packageManager != nil }
        guard !projects.isEmpty else { return nil }
        var text = "# Repository\n\n"
        let single = projects.count == 1 && projects[0].path == "."
        if !single { text += "Run each command from its project's folder.\n\n" }
        for project in projects {
            var head = project.path == "." ? "Repository root" : RenderText.codeSpan(project.path + "/")
            let stacks = project.stacks.map(\.id)
            var facts: [String] = []
            if !stacks.isEmpty { facts.append(stacks.joined(separator: ", ")) }
            // Go's manager is `go`: "go; go" says nothing twice.
            if let manager = project.packageManager, !stacks.contains(manager.name) { facts.append(manager.name) }
            if !facts.isEmpty { head += " (\(facts.joined(separator: "; ")))" }
            if !single { text += "## \(head)\n\n" } else if !facts.isEmpty { text += "- Stack: \(facts.joined(separator: "; "))\n" }
            for kind in CommandKind.allCases {
                guard let command = project.commands[kind] else { continue }
                text += "- \(label(kind)): \(RenderText.codeSpan(command.command))\n"
            }
            let stated = versions.compactMap { name in project.versions[name].map { "\(name) \($0.version)" } }
            if !stated.isEmpty { text += "- Versions: \(stated.joined(separator: ", "))\n" }
            text += "\n"
        }
        let body = Array(text.utf8)
        return RuleTemplate(
            id: ruleID, description: "The repository's projects, package managers, commands and versions", globs: [],
            alwaysApply: true, targets: ["all"], overrides: [:], body: body, file: body,
            source: TemplateSourceFile(path: "\(stack)/\(ruleID)", kind: .cursorMdc, bytes: body), essential: true)
    }

    static func label(_ kind: CommandKind) -> String {
        switch kind {
        case .test: "Test"
        case .lint: "Lint"
        case .format: "Format"
        case .build: "Build"
        case .typecheck: "Type-check"
        case .run: "Run"
        }
    }
}

/// Whether a rule's `versions` fit the repository: the first version the facts contradict, as a
/// note, or nil when every stated one fits (or the facts do not say).
enum VersionFit {
    static func contradiction(_ versions: [String: String], projects: [ProjectFacts]) -> String? {
        for name in versions.keys.sorted() {
            guard let range = VersionRange(versions[name]!) else { continue }
            let declared = projects.compactMap { project in project.versions[name].flatMap { fact in fact.major.map { (fact, $0) } } }
            guard let (fact, _) = declared.first, !declared.contains(where: { range.contains($0.1) }) else { continue }
            return "it is written for \(name) \(versions[name]!), and \(fact.evidence.description) declares \(name) \(fact.version)"
        }
        return nil
    }
}
