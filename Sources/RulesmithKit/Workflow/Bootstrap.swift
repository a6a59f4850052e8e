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
        /// Take the rules files rulesmith did not write into overlays, so they become managed.
        public var adoptExisting = false

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

    /// Plans with `InitPlanner`, then previews, asks, or writes: the hook first, then
    /// `.rulesmith.yml`, the files and the lockfile, then the commit.
    public static func run(
        directory: String = FileSystem.currentDirectory, options: Options, interaction: Interaction = .none
    ) throws -> InitOutcome {
        if options.chainHook, !options.hook { throw RulesmithFailure.usage("\(option: .chainHook): only with \(option: .hook)") }
        let workspace = try WorkflowWorkspace.locate(from: directory, forInit: true)
        let found = try InitPreflight(files: RealFileSystem()).existing(configPath: workspace.configPath, lockPath: workspace.lockPath)
        let service = try RegistryService.open(explicitPath: options.registry)
        let registry = service.registry
        guard let newest = try RegistryService.translated({ try registry.latestRevision() }) else {
            throw RulesmithFailure.registry("\(registry.path): the registry holds no revision")
        }
        let existingText = found?.text
        var input = InitPlanner.Input()
        input.existing = found?.configuration
        let revision = input.existing?.registry.revision ?? Int(newest)
        // Comma-separated as in sync (`--stack auto,acme-platform`); a stack ID never holds a comma.
        input.stacks = options.stacks.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
        input.targets = options.targets
        input.variables = options.variables
        input.registryStacks = try RegistryService.translated { try registry.stacks(at: Int64(revision), withRules: false) }
        input.tagAliases = try RegistryService.translated { try registry.index().tagAliases }
        input.folderName = workspace.root.split(separator: "/").last.map(String.init) ?? "project"
        if InitPlanner.needsFacts(input) {
            input.facts = try RepositoryFactsReader.read(workspace.root, stacks: input.registryStacks)
        }
        if input.existing == nil {
            input.projectName = try (input.facts ?? RepositoryFactsReader.read(workspace.root, stacks: input.registryStacks)).projectName
        }
        let decisions = try InitPlanner.plan(input)

        var configurationText: String
        let configuration: ProjectConfiguration
        if let existingText, let existing = input.existing {
            configurationText = existingText
            configuration = existing
        } else {
            let source = try RegistryService.translated { try registry.revision(Int64(revision)) }
            configurationText = ConfigurationText.initial(
                stacks: decisions.stacks, targets: decisions.targets, variables: decisions.values, revision: revision,
                source: source.sourceKind == "git" ? source.source : nil)
            do {
                configuration = try ConfigurationReader().read(configurationText, path: ProjectConfiguration.fileName)
            } catch {
                throw RulesmithFailure.usage("\(ProjectConfiguration.fileName): \(error.description)")
            }
        }

        let session = WorkflowSession(
            workspace: workspace, registry: registry, configuration: configuration, configurationText: configurationText, lock: nil)
        var scan = try session.scan(latest: false)
        var adoption: HandWrittenAdoption.Plan?
        if options.adoptExisting {
            let paths = try HandWrittenAdoption.candidates(scan, session: session)
            if !paths.isEmpty {
                let taken = try HandWrittenAdoption.plan(paths, session: session, scan: scan)
                scan = try HandWrittenAdoption.rescan(session, plan: taken)
                configurationText = taken.configurationText
                adoption = taken
            }
        }
        let engine = ApplyEngine(session: session, force: false)
        let plan = try engine.plan(scan)
        let budgets = InitBudgets.check(plan)
        var outcome = InitOutcome(
            decisions: decisions,
            planLines: (registry.builtinRefresh.map { [$0.line] } ?? []) + Self.planLines(scan.render.report, decisions: decisions)
                + scan.satisfied.map { "\($0.path): \($0.how), so the claude target is satisfied; rulesmith leaves it as it is" }
                + (adoption?.taken.map { "take in \($0.path) as \($0.taken.overlay.path) (listed under overlays: in \(ProjectConfiguration.fileName))" } ?? [])
                + budgets.lines,
            alwaysOn: scan.render.report.alwaysOn.map(\.description),
            files: plan.steps.map { step in
                InitOutcome.File(path: step.drift.path, detail: step.drift.state == .new && step.drift.detail.isEmpty ? "new" : step.drift.detail)
            },
            writesConfiguration: existingText != configurationText, hook: options.hook, chainHook: options.chainHook, dryRun: options.dryRun)

        if options.dryRun {
            // The dry run shows the refusal the real run would stop with, before any diff.
            outcome.planLines += budgets.refusal.map { $0.split(separator: "\n").map { "refused: \($0)" } } ?? []
            var preview = ""
            if existingText != configurationText {
                preview += UnifiedDiff.render(
                    old: existingText ?? "", new: configurationText, oldPath: existingText == nil ? "/dev/null" : "a/\(ProjectConfiguration.fileName)",
                    newPath: "b/\(ProjectConfiguration.fileName)")
            }
            for (_, one) in adoption?.taken ?? [] {
                preview += UnifiedDiff.render(
                    old: "", new: String(decoding: one.overlay.contents, as: UTF8.self), oldPath: "/dev/null", newPath: "b/\(one.overlay.path)")
            }
            outcome.preview = preview + engine.preview(plan)
            return outcome
        }
        if let refusal = budgets.refusal { throw RulesmithFailure.refused(refusal) }
        if !options.yes {
            guard interaction.isTerminal else {
                throw RulesmithFailure.usage("init: standard input is not a terminal, so rulesmith cannot ask; pass \(option: .yes) to write the files, or \(option: .dryRun) to see them")
            }
            guard interaction.confirm(outcome.planText()) else {
                outcome.declined = true
                return outcome
            }
            outcome.showsPlan = false
        }
        let committer = options.commit ? try RepositoryCommit.prepare(workspace, branch: options.branch) : nil
        if committer != nil { try CommitSecurityGate.check(plan, command: "init") }
        let runLock = try session.lockRun()
        defer { runLock.release() }
        workspace.removeLeftovers(for: plan.steps.map(\.drift.path))
        let untouchable = try committer?.userChanged(plan.changedPaths) ?? []
        // The hook goes first: when a foreign hook makes it refuse, nothing has been written yet.
        var hookMessage: String?
        if options.hook {
            guard workspace.repository != nil else { throw RulesmithFailure.usage("\(workspace.root): \(option: .hook) needs a git repository") }
            let installer = HookInstaller(
                executable: options.hookExecutable, environment: ProcessInfo.processInfo.environment, workingDirectory: workspace.root)
            do {
                hookMessage = try installer.install(chain: options.chainHook).message(relativeTo: workspace.root)
            } catch {
                // The installer's advice names `hook install`'s option; here the same choice is init's.
                throw error.replacing(.chain, with: .chainHook)
            }
        }
        var changed: [String] = []
        var adopted: [String] = []
        if let adoption {
            adopted = try HandWrittenAdoption.writeOverlays(adoption, session: session)
            changed += adoption.overlayPaths
        }
        if existingText != configurationText {
            try workspace.writeConfiguration(Array(configurationText.utf8))
            changed.append(ProjectConfiguration.fileName)
        }
        let (lines, written) = try engine.execute(plan)
        changed += written
        if let adoption { adopted += try Adoption.stage(adoption.overlayPaths, in: workspace) }
        outcome.messages = adopted + lines + ["wrote \(ProjectConfiguration.fileName) and \(Lockfile.fileName)"] + (hookMessage.map { [$0] } ?? [])
        if let committer {
            let (commitLines, record) = try WorkflowCommands.commit(
                committer, changed: changed, untouchable: untouchable,
                message: "rulesmith init: \(([StackResolver.baseStackID] + decisions.stacks).joined(separator: ", ")) for \(decisions.targets.joined(separator: ", "))")
            outcome.messages += commitLines
            outcome.commit = record
        }
        outcome.conflicts = plan.hasConflicts
        return outcome
    }
}

extension Bootstrap {
    /// The plan's lines after the decisions: every variable with its value and where it came
    /// from, and the always-on context each editor loads on every task.
    static func planLines(_ report: RenderReport, decisions: InitPlanner.Decisions) -> [String] {
        var lines = VariablePlan.text(report.variables) { key in
            switch decisions.variables.first(where: { $0.name == key })?.source {
            case .option: "\(option: .variable)"
            case .folderName: "the folder name; change it in \(ProjectConfiguration.fileName)"
            case .projectName:
                "the repository's own name, \(decisions.variables.first { $0.name == key }?.evidence ?? "its manifest"); change it in \(ProjectConfiguration.fileName)"
            default: ProjectConfiguration.fileName
            }
        }.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        lines.append("always-on context (loaded on every task):")
        lines += report.alwaysOn.map { "  \($0.description)" }
        lines += report.notes.filter { $0.message.hasPrefix("always-on context") }.map { "  note: \($0)" }
        return lines
    }
}
