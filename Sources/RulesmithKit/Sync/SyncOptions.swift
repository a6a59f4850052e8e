import Foundation
import RulesmithLint
import RulesmithTemplates
import RulesmithText

/// What `rulesmith sync` was asked to do: a manifest, or repositories named on the command line.
public struct SyncOptions: Sendable {
    /// The manifest file; nil when `repositories` name the repositories instead.
    public var manifest: String?
    /// `--repo URL-OR-PATH` (repeatable), for a sync without a manifest.
    public var repositories: [String] = []
    /// `--stack`, `--targets`, `--branch`, `--source`, `--ref`, `--base`: the quick mode's settings.
    public var stacks: [String] = []
    public var targets: [String] = []
    public var branch: String?
    public var source: String?
    public var ref: String?
    public var base: String?
    /// The registry database (`--registry`).
    public var registry: String?
    /// `--cache DIR`; `$XDG_CACHE_HOME/rulesmith/sync` (or `~/.cache/rulesmith/sync`) when nil.
    public var cache: String?
    public var dryRun = false
    /// `--no-push` sets it to false; a manifest's `push: false` also wins.
    public var push = true
    public var jobs = 1
    public var shard: SyncShard?
    /// Show `[done/total] repository: step` on stderr (the CLI sets it when stderr is a TTY).
    public var progress = false
    public var environment: [String: String] = ProcessInfo.processInfo.environment

    public init() {}

    /// The cache folder these options and environment choose.
    public func cacheDirectory() throws(RulesmithError) -> String {
        if let cache, !cache.isEmpty { return FileSystem.absolute(cache) }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/rulesmith/sync" }
        guard let home = environment["HOME"], !home.isEmpty else {
            throw RulesmithFailure.usage("cannot place the sync cache: HOME and XDG_CACHE_HOME are unset; pass \(option: .cache) DIR")
        }
        return home + "/.cache/rulesmith/sync"
    }

    /// The manifest to run: read from `manifest`, or made from the quick-mode options.
    func loadManifest() throws(RulesmithError) -> SyncManifest {
        guard let path = manifest else { return try quickManifest() }
        if !repositories.isEmpty || !stacks.isEmpty || !targets.isEmpty || branch != nil || source != nil || ref != nil || base != nil {
            throw RulesmithFailure.usage(
                "\(option: .repository), \(option: .stack), \(option: .targets), \(option: .branch), \(option: .source), \(option: .ref) and \(option: .base) are for a sync without a manifest; put them in \(path)")
        }
        let absolute = FileSystem.absolute(path)
        // Refused before reading: a huge file is not worth holding in memory to say so.
        if let size = FileSystem.size(of: absolute), size > SyncManifestReader.maximumSize {
            throw RulesmithError("\(path): larger than 4 MB; is this really a sync manifest?")
        }
        let bytes = try FileSystem.read(absolute)
        guard UTF8Validation.isValid(bytes) else { throw RulesmithError("\(path): not UTF-8; a sync manifest must be UTF-8 text") }
        do {
            return try SyncManifestReader().read(String(decoding: bytes, as: UTF8.self), path: path, baseDirectory: PathSyntax.directory(of: absolute))
        } catch {
            // One `rulesmith: file:line: problem` line per problem, as for .rulesmith.yml.
            throw RulesmithFailure.configuration(error.errors)
        }
    }

    private func quickManifest() throws(RulesmithError) -> SyncManifest {
        guard !repositories.isEmpty else {
            throw RulesmithFailure.usage("name a manifest (rulesmith sync \(SyncManifest.fileName)) or repositories (\(option: .repository) URL-OR-PATH)")
        }
        var manifest = SyncManifest()
        let cwd = FileSystem.currentDirectory
        if let source { manifest.registry.source = source == "builtin" ? nil : SyncManifestReader.resolve(source, against: cwd) }
        manifest.registry.ref = ref
        if ref != nil, manifest.registry.isBuiltin { throw RulesmithFailure.usage("\(option: .ref) needs \(option: .source) (a git URL or path)") }
        manifest.defaults.stacks = stacks
        for target in targets where !ConfigurationReader.targetNames.contains(target) {
            throw RulesmithFailure.usage("\(option: .targets): unknown target '\(target)'; targets are \(ConfigurationReader.targetNames.sorted().joined(separator: ", "))")
        }
        manifest.defaults.targets = targets
        if let base {
            if let problem = SyncBranchName.problem(base) { throw RulesmithFailure.usage("\(option: .base): '\(base)' is not a valid branch name: \(problem)") }
            manifest.defaults.base = base
        }
        if let branch {
            if branch.isEmpty {
                manifest.pushToBase = true
            } else {
                let sample = SyncTemplate(branch).expand(["revision": "1", "name": "repository"])
                if let problem = SyncBranchName.problem(sample) { throw RulesmithFailure.usage("\(option: .branch): '\(branch)' is not a valid branch name: \(problem)") }
                for name in SyncTemplate(branch).placeholders where !SyncTemplate.branchPlaceholders.contains(name) {
                    throw RulesmithFailure.usage("\(option: .branch): unknown placeholder '{{\(name)}}'; known: {{name}}, {{revision}}")
                }
            }
            manifest.branch = branch
        }
        var seen = Set<String>()
        for identity in repositories where seen.insert(identity).inserted {
            let url = SyncManifestReader.resolve(identity, against: cwd)
            var name = SyncRepository.name(for: identity)
            if manifest.repositories.contains(where: { $0.name == name }) { name = identity }
            manifest.repositories.append(SyncRepository(identity: identity, url: url, name: name))
        }
        return manifest
    }
}
