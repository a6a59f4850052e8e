import Foundation
import RulesmithLint
import RulesmithRegistry
import RulesmithTemplates
import RulesmithText

/// `rulesmith init`: detects the stacks (with evidence), writes `.rulesmith.yml`, the generated
/// files and `.rulesmith.lock`. Files rulesmith did not write are never overwritten: single-file
/// targets get a managed block after the user's text, others are left alone with a message.
public enum Bootstrap {
    /// What `init` was asked to do.
    public struct Options: Sendable {
        public var registry: String?
        /// Overrides detection when not empty.
        public var stacks: [String] = []
        /// Overrides the default targets when not empty.
        public var targets: [String] = []
        public var variables: [String: String] = [:]
        public var yes = false
        public var dryRun = false
        public var commit = false
        public var branch: String?
        /// Install the pre-commit hook (`rulesmith hook install`), calling this binary.
        public var hook = false
        public var hookExecutable = "rulesmith"
        /// Chain a pre-commit hook that is already there instead of refusing.
        public var chainHook = false

        public init() {}
    }

    /// How to ask the user: whether standard input is a terminal, and a prompt that shows the
    /// plan and returns the answer.
    public struct Interaction: Sendable {
        public var isTerminal: Bool
        public var confirm: @Sendable (String) -> Bool

        public init(isTerminal: Bool, confirm: @escaping @Sendable (String) -> Bool) {
            self.isTerminal = isTerminal
            self.confirm = confirm
        }

        /// No terminal, no prompt.
        public static let none = Interaction(isTerminal: false, confirm: { _ in false })
    }

    public static func run(
        directory: String = FileSystem.currentDirectory, options: Options, interaction: Interaction = .none
    ) throws -> WorkflowResult {
        if options.branch != nil, !options.commit { throw RulesmithError("--branch: only with --commit") }
        if options.chainHook, !options.hook { throw RulesmithError("--chain-hook: only with --hook") }
        let workspace = try WorkflowWorkspace.locate(from: directory, forInit: true)
        if FileSystem.exists(workspace.lockPath) {
            throw RulesmithError("\(Lockfile.fileName): this repository is already bootstrapped; use rulesmith status and rulesmith apply")
        }
        for target in options.targets where !ConfigurationReader.targetNames.contains(target) {
            throw RulesmithError("--targets: unknown target '\(target)'; targets are \(ConfigurationReader.targetNames.sorted().joined(separator: ", "))")
        }
        let service = try RegistryService.open(explicitPath: options.registry)
        let registry = service.registry
        guard let newest = try RegistryService.translated({ try registry.latestRevision() }) else {
            throw RulesmithError("\(registry.path): the registry holds no revision")
        }
        let existingText = FileSystem.exists(workspace.configPath)
            ? String(decoding: try FileSystem.read(workspace.configPath), as: UTF8.self) : nil
        var existing = ProjectConfiguration()
        if existingText != nil {
            existing = try ConfigurationLoader.load(explicitPath: workspace.configPath, from: workspace.root).configuration
        }
        let revision = existing.registry.revision ?? Int(newest)
        var report = ""
        if existingText != nil, !(options.stacks.isEmpty && options.targets.isEmpty && options.variables.isEmpty) {
            throw RulesmithError("\(ProjectConfiguration.fileName): already exists; edit it (stacks, targets, variables) instead of passing options, then run rulesmith init")
        }

        var stacks = options.stacks.isEmpty ? existing.stacks : options.stacks
        if existingText != nil {
            report += line("using \(ProjectConfiguration.fileName): stacks \(stacks.isEmpty ? "none (only base)" : stacks.joined(separator: ", "))")
        } else if stacks.isEmpty {
            let candidates = try RegistryService.translated { try registry.stacks(at: Int64(revision), withRules: false) }
            let matches = DetectedStacks.matches(try RepositoryFactsReader.read(workspace.root, stacks: candidates), stacks: candidates)
            stacks = matches.map(\.id).filter { $0 != StackResolver.baseStackID }
            report += matches.isEmpty ? "detected stacks: none (only base applies; choose with --stack)\n" : "detected stacks:\n"
            for match in matches {
                report += line("  \(match.id) (\(match.title)): " + match.evidence.joined(separator: "; "))
            }
        } else {
            report += line("stacks: \(stacks.joined(separator: ", "))")
        }
        let targets = options.targets.isEmpty ? (existing.targets.isEmpty ? WorkflowRender.defaultTargets : existing.targets) : options.targets
        report += line("targets: \(targets.joined(separator: ", "))")

        var variables = existing.variables.merging(options.variables) { $1 }
        let chain: [TemplateStack]
        do {
            let all = try registry.stacks(at: Int64(revision), withRules: false)
            chain = try StackResolver.resolve(stacks, in: Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { $1 }))
        } catch let error as TemplateError {
            throw RulesmithError("--stack: \(error.description)")
        }
        do {
            try VariableResolution.checkNames(variables, chain: chain)
        } catch {
            throw RulesmithError("\(existingText == nil ? "--var" : ProjectConfiguration.fileName): \(error.description)")
        }
        var fromFolder = false
        for stack in chain {
            for variable in stack.variables
            where variable.isRequired && variables[variable.name] == nil && variables["\(stack.id).\(variable.name)"] == nil {
                guard variable.name == "project_name", existingText == nil else {
                    let how = existingText == nil
                        ? "pass --var \(stack.id).\(variable.name)=VALUE" : "add it under 'variables:' in \(ProjectConfiguration.fileName)"
                    throw RulesmithError("\(stack.id).\(variable.name): the stacks need a value for it (\(variable.description ?? "no description")); \(how)")
                }
                let name = workspace.root.split(separator: "/").last.map(String.init) ?? "project"
                variables[variable.name] = name
                fromFolder = true
            }
        }

        let configurationText: String
        let configuration: ProjectConfiguration
        if let existingText {
            configurationText = existingText
            configuration = existing
        } else {
            let source = try RegistryService.translated { try registry.revision(Int64(revision)) }
            configurationText = ConfigurationText.initial(
                stacks: stacks, targets: targets, variables: variables, revision: revision,
                source: source.sourceKind == "git" ? source.source : nil)
            do {
                configuration = try ConfigurationReader().read(configurationText, path: ProjectConfiguration.fileName)
            } catch {
                throw RulesmithError("\(ProjectConfiguration.fileName): \(error.description)")
            }
        }

        let session = WorkflowSession(
            workspace: workspace, registry: registry, configuration: configuration, configurationText: configurationText, lock: nil)
        let scan = try session.scan(latest: false)
        let engine = ApplyEngine(session: session, force: false)
        let plan = try engine.plan(scan)
        report += VariablePlan.text(scan.render.report.variables) { key in
            if options.variables[key] != nil { return "--var" }
            if fromFolder, key == "project_name" { return "the folder name; change it in \(ProjectConfiguration.fileName)" }
            return ProjectConfiguration.fileName
        }
        report += "always-on context (loaded on every task):\n"
        for size in scan.render.report.alwaysOn { report += line("  \(size.description)") }
        for note in scan.render.report.notes where note.message.hasPrefix("always-on context") { report += line("  note: \(note)") }
        report += "files:\n"
        for step in plan.steps {
            report += line("  \(step.drift.path): " + (step.drift.state == .new ? (step.drift.detail.isEmpty ? "new" : step.drift.detail) : step.drift.detail))
        }
        if existingText == nil { report += "  \(ProjectConfiguration.fileName), \(Lockfile.fileName)\n" } else { report += "  \(Lockfile.fileName)\n" }
        if options.hook { report += "and the pre-commit hook (rulesmith hook install\(options.chainHook ? " --chain" : ""))\n" }

        if options.dryRun {
            var output = report
            if existingText == nil {
                output += UnifiedDiff.render(old: "", new: configurationText, oldPath: "/dev/null", newPath: "b/\(ProjectConfiguration.fileName)")
            }
            output += engine.preview(plan)
            return WorkflowResult(output: output + "(dry run: nothing was written)\n")
        }
        if !options.yes {
            guard interaction.isTerminal else {
                throw RulesmithError("init: standard input is not a terminal, so rulesmith cannot ask; pass --yes to write the files, or --dry-run to see them")
            }
            guard interaction.confirm(report) else { return WorkflowResult(output: "nothing was written\n", exitCode: 1) }
            report = ""
        }
        let committer = options.commit ? try RepositoryCommit.prepare(workspace, branch: options.branch) : nil
        if committer != nil { try CommitSecurityGate.check(plan, command: "init") }
        let runLock = try session.lockRun()
        defer { runLock.release() }
        workspace.removeLeftovers(for: plan.steps.map(\.drift.path))
        let untouchable = try committer?.userChanged(plan.changedPaths) ?? []
        // The hook goes first: when a foreign hook makes it refuse, nothing has been written yet.
        var hookLine = ""
        if options.hook {
            guard workspace.repository != nil else { throw RulesmithError("\(workspace.root): --hook needs a git repository") }
            let installer = HookInstaller(
                executable: options.hookExecutable, environment: ProcessInfo.processInfo.environment, workingDirectory: workspace.root)
            hookLine = line(try installer.install(chain: options.chainHook).message(relativeTo: workspace.root))
        }
        var changed: [String] = []
        if existingText == nil {
            try AtomicFile.write(Array(configurationText.utf8), to: workspace.configPath, root: workspace.root)
            changed.append(ProjectConfiguration.fileName)
        }
        let (lines, written) = try engine.execute(plan)
        changed += written
        var output = report + lines.map(line).joined()
        output += "wrote \(ProjectConfiguration.fileName) and \(Lockfile.fileName)\n" + hookLine
        if let committer {
            output += try WorkflowCommands.commit(
                committer, changed: changed, untouchable: untouchable,
                message: "rulesmith init: \(([StackResolver.baseStackID] + stacks).joined(separator: ", ")) for \(targets.joined(separator: ", "))"
            ).map(line).joined()
        }
        return WorkflowResult(output: output, exitCode: plan.hasConflicts ? 1 : 0)
    }

    /// One line of the report: it quotes stack titles, evidence paths and file details, so it is
    /// made printable (no escape sequence, no line of its own inside a value).
    private static func line(_ text: String) -> String { PrintableMessage.make(text) + "\n" }
}
