import RulesmithGit
import RulesmithFacts
import RulesmithLint
import RulesmithRegistry
import RulesmithTemplates

/// Renders a repository's configuration at a registry revision: resolves the stack chain as that
/// revision left it, applies the repository's overlays, and checks every output path.
struct WorkflowRender {
    /// Targets a configuration without `targets:` renders. AGENTS.md is read by Codex, Cursor,
    /// Copilot, Kiro, Junie and Gemini, and CLAUDE.md becomes an `@AGENTS.md` import, so every
    /// editor gets the rules exactly once; adding `cursor` or `copilot` beside `agents` would make
    /// those editors load the same text twice (RF005).
    static let defaultTargets = ["agents", "claude"]

    let registry: TemplateRegistry
    let workspace: WorkflowWorkspace
    /// What git tracks (nil outside a repository): overlays must be tracked files.
    let tracking: TrackedPaths?
    /// Overlays this run wrote itself (`adopt`), read before git tracks them.
    let writtenOverlays: Set<String>
    /// Overlays this run is about to write (`init --adopt-existing`), rendered from memory so a
    /// dry run shows what the real run writes.
    var pendingOverlays: [String: [UInt8]] = [:]

    /// One render and what it was made from.
    struct Output {
        var files: [RenderedFile]
        var chain: [TemplateStack]
        var inputs: LockedInputs
        var revision: Int
        /// The render's notes and every variable with its source.
        var report: RenderReport
    }

    /// The overlays listed in the configuration: rules parsed, adopted skill files and MCP servers
    /// with their bases, and the SHA-256 of each file read (bases included, so a changed base
    /// re-renders like a changed overlay).
    struct Overlays {
        var rules: [RuleTemplate] = []
        var hashes: [String: String] = [:]
        var assets = AssetOverlays()
    }

    /// The overlays listed in the configuration, parsed, with the SHA-256 of each file.
    func overlays(_ configuration: ProjectConfiguration) throws(RulesmithError) -> Overlays {
        var output = Overlays()
        for path in configuration.overlays {
            let bytes: [UInt8]
            if let pending = pendingOverlays[path] {
                bytes = pending
            } else {
                try checkOverlay(path)
                guard case .file(let read) = workspace.read(path) else {
                    throw RulesmithError("\(path): overlay listed in \(ProjectConfiguration.fileName) cannot be read (missing, a folder, or a link out of the repository)")
                }
                bytes = read
            }
            output.hashes[path] = ContentHash.sha256(bytes)
            let kind: AssetOverlays.Kind?
            do {
                kind = try AssetOverlays.kind(of: path)
            } catch {
                throw RulesmithError("\(ProjectConfiguration.fileName) 'overlays': \(error.message)")
            }
            if let kind {
                try readAsset(kind, path: path, bytes: bytes, into: &output)
                continue
            }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let id = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
            do {
                output.rules.append(try RuleTemplateParser.parse(id: id, bytes: bytes, path: path))
            } catch {
                throw RulesmithError("\(path): \(error)")
            }
        }
        return output
    }

    /// Reads an adopted skill file or server and its base (checked like the overlay itself).
    private func readAsset(_ kind: AssetOverlays.Kind, path: String, bytes: [UInt8], into output: inout Overlays) throws(RulesmithError) {
        let basePath = AssetOverlays.basePath(of: path)
        var base: [UInt8]?
        if case .file(let baseBytes) = workspace.read(basePath) {
            try checkOverlay(basePath)
            output.hashes[basePath] = ContentHash.sha256(baseBytes)
            base = baseBytes
        }
        switch kind {
        case .skillFile(let skill, let file):
            output.assets.skillFiles["\(skill)/\(file)"] = AssetOverlays.Entry(path: path, adopted: bytes, base: base)
        case .server(let name):
            do {
                let adopted = try AssetOverlays.serverDefinition(bytes, path: path)
                let base = try base.map { (bytes) throws(AssetOverlays.Problem) in try AssetOverlays.serverDefinition(bytes, path: basePath) }
                output.assets.servers[name] = AssetOverlays.Entry(path: path, adopted: adopted, base: base)
            } catch {
                throw RulesmithError(error.message)
            }
        }
    }

    /// An overlay's text ends up in generated files that get committed and pushed, so only the
    /// repository's own overlay files qualify: under `.rulesmith/overlays/`, reached without a
    /// symbolic link, and in a git repository tracked by git (secrets live in ignored and
    /// untracked files, and a `.rulesmith.yml` from a pull request may name any of them).
    private func checkOverlay(_ path: String) throws(RulesmithError) {
        let origin = "\(ProjectConfiguration.fileName) 'overlays'"
        try workspace.checkConfined(path, origin: origin)
        if let problem = OverlayRules.pathProblem(path) { throw RulesmithError("\(path): \(origin): \(problem)") }
        if let link = workspace.symbolicLinkOnTheWay(to: path) {
            throw RulesmithError("\(path): \(link) is a symbolic link; rulesmith reads overlays only from real files under \(AdoptionPlan.overlayFolder)/")
        }
        guard let tracking, !writtenOverlays.contains(path), !tracking.isTracked(path) else { return }
        let ignored = workspace.gitPath(path).map { (try? tracking.repository.isIgnored($0)) == true } ?? false
        throw RulesmithError(
            "\(path): the overlay is \(ignored ? "ignored by git" : "not tracked by git"); rulesmith renders only overlays git tracks, "
                + "so an ignored or untracked file never reaches a generated file (git add it, then run rulesmith again)")
    }

    /// Renders `stacks` for `targets` at `revision` with the given variables and overlays.
    func render(
        stacks: [String], targets: [String], variables: [String: String], overlays: [RuleTemplate],
        overlayHashes: [String: String], revision: Int, alwaysOnBudget: Int? = nil, assetOverlays: AssetOverlays = AssetOverlays()
    ) throws(RulesmithError) -> Output {
        let chain: [TemplateStack]
        let all: [TemplateStack]
        do {
            all = try registry.stacks(at: Int64(revision), withRules: false)
        } catch {
            throw RulesmithError("\(registry.path): \(error)")
        }
        // The facts come from the work tree as it stands (the walk honours .gitignore), not from
        // git's index: staging a file (an overlay `adopt` wrote) must not change what renders.
        let facts: RepositoryFacts
        do {
            let files = try WorkspaceScanner(root: workspace.root).allFiles()
            facts = FactsEngine.facts(files: files, contents: DiskContents(root: workspace.root), options: RepositoryFactsReader.options(for: all))
        } catch {
            throw RulesmithError("\(workspace.root): cannot read the repository's facts: \(error)")
        }
        do {
            let known = StackNameCheck.Known(all, aliases: try registry.index().tagAliases)
            let named: [String]
            do {
                named = try StackNameCheck.resolve(stacks, in: known, revision: Int64(revision))
            } catch {
                throw RulesmithError("\(ProjectConfiguration.fileName): \(error)")
            }
            // `auto` in `.rulesmith.yml` follows the repository: the stacks detected in it now.
            let detected = DetectedStacks.matches(facts, stacks: all).map(\.id).filter { $0 != StackResolver.baseStackID }
            let resolved = try StackResolver.resolve(StackNameCheck.expand(named, detected: detected), in: Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { $1 }))
            chain = try resolved.map { try registry.stack($0.id, at: Int64(revision)) }
        } catch let error as RulesmithError {
            throw error
        } catch let error as TemplateError {
            throw RulesmithError("\(ProjectConfiguration.fileName): \(error.description) (registry revision \(revision))")
        } catch {
            throw RulesmithError("\(registry.path): \(error)")
        }
        var assets = assetOverlays
        assets.merge = { base, ours, theirs in
            let labels = GitMergeLabels(base: "adopted from", ours: "adopted", theirs: "stack")
            guard let result = try? Git.mergeFile(base: base, ours: ours, theirs: theirs, labels: labels), !result.hasConflicts else { return nil }
            return result.bytes
        }
        let input = OverlayRules.renderInput(
            chain: chain, targets: targets, variables: variables, overlays: overlays, facts: facts, alwaysOnBudget: alwaysOnBudget,
            assetOverlays: assets)
        let report: RenderReport
        do {
            report = try TargetRenderer.report(input)
        } catch {
            throw RulesmithError("\(ProjectConfiguration.fileName): cannot render: \(error.description)")
        }
        let files = report.files
        var seen = Set<String>()
        for file in files {
            try workspace.checkConfined(file.path, origin: "the render (target \(file.target))")
            guard seen.insert(file.path).inserted else {
                throw RulesmithError("\(file.path): rendered twice (target \(file.target)); two targets cannot share a file")
            }
            guard file.path != ProjectConfiguration.fileName, file.path != Lockfile.fileName,
                  !file.path.hasPrefix(AdoptionPlan.overlayFolder + "/")
            else { throw RulesmithError("\(file.path): the render would overwrite rulesmith's own file; refusing") }
        }
        // Values taken from the repository's facts are locked too: a changed fact re-renders like
        // a changed configuration, and the locked render (merge bases) replays the same values.
        var locked = variables
        for variable in report.variables {
            if case .fact = variable.source, let value = variable.value { locked[variable.qualifiedName] = value }
        }
        let inputs = LockedInputs(stacks: stacks, targets: targets, variables: locked, overlays: overlayHashes)
        return Output(files: files.sorted { $0.path < $1.path }, chain: chain, inputs: inputs, revision: revision, report: report)
    }

    /// Renders the configuration as it stands, at `revision`; the `llms-txt` target is generated
    /// from the repository's own README and docs (`rulesmith llms generate`), not from templates.
    func render(_ configuration: ProjectConfiguration, revision: Int) throws(RulesmithError) -> Output {
        let overlays = try overlays(configuration)
        let targets = configuration.targets.isEmpty ? Self.defaultTargets : configuration.targets
        var output = try render(
            stacks: configuration.stacks, targets: targets,
            variables: configuration.variables, overlays: overlays.rules, overlayHashes: overlays.hashes, revision: revision,
            alwaysOnBudget: configuration.alwaysOnBudget, assetOverlays: overlays.assets)
        if targets.contains(TargetRenderer.llmsTxtTarget) {
            let text = try LLMSGenerateService.render(repositoryRoot: workspace.root, configuration: configuration)
            output.files.append(RenderedFile(path: "llms.txt", target: TargetRenderer.llmsTxtTarget, contents: text, rules: []))
            output.files.sort { $0.path < $1.path }
        }
        return output
    }
}
