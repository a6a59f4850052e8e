import RulesmithGit
import RulesmithLint
import RulesmithRegistry
import RulesmithTemplates
import RulesmithText

/// Plans and carries out one repository's change in a work tree exactly as `apply` does (the same
/// `WorkflowSession` and `ApplyEngine`: drift classification, 3-way merge, managed blocks), after
/// bootstrapping `.rulesmith.yml` like `init --yes` where the repository has none.
struct SyncPlanner {
    let registry: TemplateRegistry
    /// The registry revision to render, and the team source to record (nil: built-in).
    let revision: Int
    let source: SyncRegistrySource

    /// The planned change of one work tree.
    struct Planned {
        let session: WorkflowSession
        let engine: ApplyEngine
        let plan: ApplyEngine.Plan
        /// The configuration after sync, when its bytes change (or it is new).
        let configuration: [UInt8]?
        let configurationBefore: String?
        let bootstrapped: Bool
        /// Whether the manifest's override changed the repository's stacks, targets or variables.
        let overridden: Bool
        let stacks: [String]

        /// Whether a commit is worth making: a generated file changes, or the configuration is new
        /// or overridden. A new registry revision that renders the same bytes only moves the pins,
        /// which is not worth a commit (the next real change carries them).
        var isChange: Bool { !plan.changedPaths.isEmpty || bootstrapped || overridden }

        var conflicts: [String] { plan.steps.filter(\.conflicts).map(\.drift.path) }
    }

    /// Plans the change of the work tree at `workspace` for `target`.
    func plan(_ target: SyncTarget, workspace: WorkflowWorkspace) throws -> Planned {
        let before: String? = FileSystem.exists(workspace.configPath)
            ? String(decoding: try FileSystem.read(workspace.configPath), as: UTF8.self) : nil
        let hasLock = FileSystem.exists(workspace.lockPath)
        var text: String
        var overridden = false
        if let before {
            text = before
            if target.override {
                if !target.stacks.isEmpty {
                    let stacks = try expandedStacks(target.stacks, workspace: workspace)
                    text = ConfigurationText.replacing(key: "stacks", with: ConfigurationText.list("stacks", stacks), in: text)
                }
                if !target.targets.isEmpty { text = ConfigurationText.replacing(key: "targets", with: ConfigurationText.list("targets", target.targets), in: text) }
                if !target.variables.isEmpty {
                    let current = try read(text).variables.merging(target.variables) { $1 }
                    text = ConfigurationText.replacing(
                        key: "variables", with: ConfigurationText.mapping("variables", current.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }), in: text)
                }
            }
            overridden = text != before
            text = try pinned(text, configuration: try read(text))
        } else {
            text = try initialText(target, workspace: workspace)
        }
        let configuration = try read(text)
        let session = WorkflowSession(
            workspace: workspace, registry: registry, configuration: configuration, configurationText: text,
            lock: try WorkflowSession.readLock(workspace))
        session.pinnedRevision = revision
        if hasLock { workspace.removeLeftovers(for: session.lock?.files.map(\.path) ?? []) }
        let scan = try session.scan(latest: false)
        let engine = ApplyEngine(session: session, force: false)
        let plan = try engine.plan(scan)
        return Planned(
            session: session, engine: engine, plan: plan, configuration: text == before ? nil : Array(text.utf8),
            configurationBefore: before, bootstrapped: before == nil || !hasLock, overridden: overridden,
            stacks: [StackResolver.baseStackID] + configuration.stacks.filter { $0 != StackResolver.baseStackID })
    }

    /// Writes the plan (files, lockfile, configuration); returns the repository-relative paths changed.
    func execute(_ planned: Planned) throws -> [String] {
        guard planned.isChange else { return [] }
        var (_, changed) = try planned.engine.execute(planned.plan)
        let workspace = planned.session.workspace
        if let configuration = planned.configuration {
            try workspace.writeConfiguration(configuration)
            changed.append(ProjectConfiguration.fileName)
        }
        return Array(Set(changed)).sorted()
    }

    /// What `execute` would change, as unified diffs.
    func preview(_ planned: Planned) -> String {
        guard planned.isChange else { return "" }
        var output = ""
        if let configuration = planned.configuration {
            output += UnifiedDiff.render(
                old: planned.configurationBefore ?? "", new: String(decoding: configuration, as: UTF8.self),
                oldPath: planned.configurationBefore == nil ? "/dev/null" : "a/\(ProjectConfiguration.fileName)",
                newPath: "b/\(ProjectConfiguration.fileName)")
        }
        output += planned.engine.preview(planned.plan)
        let lockBytes = planned.plan.lock.serialized()
        let oldLock = (try? FileSystem.read(planned.session.workspace.lockPath)) ?? []
        if lockBytes != oldLock {
            output += UnifiedDiff.render(
                old: String(decoding: oldLock, as: UTF8.self), new: String(decoding: lockBytes, as: UTF8.self),
                oldPath: oldLock.isEmpty ? "/dev/null" : "a/\(Lockfile.fileName)", newPath: "b/\(Lockfile.fileName)")
        }
        return output
    }

    private func read(_ text: String) throws(RulesmithError) -> ProjectConfiguration {
        do {
            return try ConfigurationReader().read(text, path: ProjectConfiguration.fileName)
        } catch {
            throw RulesmithError("\(ProjectConfiguration.fileName): \(error.description)")
        }
    }

    /// `text` pinned to the sync's revision and, for a team source, recording that source.
    private func pinned(_ text: String, configuration: ProjectConfiguration) throws(RulesmithError) -> String {
        var edited = text
        if let url = source.source, configuration.registry.source != url || configuration.registry.ref != source.ref {
            var block = "registry:\n  source: \(YAMLScalar.quoted(url))\n"
            if let ref = source.ref { block += "  ref: \(YAMLScalar.quoted(ref))\n" }
            block += "  revision: \(revision)"
            edited = ConfigurationText.replacing(key: "registry", with: block, in: edited)
        }
        guard let result = ConfigurationText.settingRevision(revision, in: edited) else {
            throw RulesmithError("\(ProjectConfiguration.fileName): cannot set registry.revision automatically (unusual layout); set it to \(revision) by hand")
        }
        return result
    }

    /// The manifest's `named` stacks with `auto` replaced by the stacks detected in the work tree
    /// (detected first, each once), written out as `init --stack auto,…` writes them.
    private func expandedStacks(_ named: [String], workspace: WorkflowWorkspace) throws -> [String] {
        let candidates = try RegistryService.translated { try registry.stacks(at: Int64(revision), withRules: false) }
        let aliases = try RegistryService.translated { try registry.index().tagAliases }
        // An alias (`golang`, `Rust`) is written out as the stack it means.
        let named = try StackNameCheck.resolve(named, in: StackNameCheck.Known(candidates, aliases: aliases), revision: Int64(revision))
        guard StackNameCheck.mentionsDetected(named) else { return StackNameCheck.expand(named, detected: []) }
        let detected = DetectedStacks.matches(try RepositoryFactsReader.read(workspace.root, stacks: candidates), stacks: candidates)
            .map(\.id).filter { $0 != StackResolver.baseStackID }
        return StackNameCheck.expand(named, detected: detected)
    }

    /// A new configuration like `init --yes` writes: the manifest's stacks (detected when it
    /// names none), targets and variables, with `project_name` defaulting to the repository name.
    private func initialText(_ target: SyncTarget, workspace: WorkflowWorkspace) throws -> String {
        let stacks = try expandedStacks(target.stacks.isEmpty ? [StackNameCheck.detected] : target.stacks, workspace: workspace)
        var variables = target.variables
        let chain: [TemplateStack]
        do {
            let all = try registry.stacks(at: Int64(revision), withRules: false)
            chain = try StackResolver.resolve(stacks, in: Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { $1 }))
        } catch let error as TemplateError {
            throw RulesmithError("stacks: \(error.description)")
        }
        let needsName = StackResolver.variables(of: chain).contains { $0.name == "project_name" && $0.isRequired }
        if needsName, variables["project_name"] == nil {
            // As `init` takes the folder name; a cache folder's name is a hash, so the repository's.
            variables["project_name"] = String(target.name.split(separator: "/").last ?? Substring(target.name))
        }
        let targets = target.targets.isEmpty ? WorkflowRender.defaultTargets : target.targets
        return ConfigurationText.initial(stacks: stacks, targets: targets, variables: variables, revision: revision, source: source.source)
            + (source.ref.map { "  ref: \(YAMLScalar.quoted($0))\n" } ?? "")
    }
}
