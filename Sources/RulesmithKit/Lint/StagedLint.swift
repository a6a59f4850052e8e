import RulesmithEditors
import RulesmithLint
import RulesmithText

/// The outcome of linting staged content, with the configuration it was judged by.
public struct StagedLintResult: Sendable {
    public var outcome: LintOutcome
    public var configuration: ProjectConfiguration
    /// The staged files linted, in path order.
    public var files: [StagedFile]
}

extension LintRunner {
    /// Lints what the next commit adds or changes, read from git's index (not the work tree):
    /// staged files of known kinds whose blob differs from HEAD, filtered by `request.paths`
    /// (files or folders, relative to the working directory). Diagnostics name the work-tree
    /// path (relative to the working directory) and the line in the staged text.
    ///
    /// Configuration: `--config` when given; else the staged `.rulesmith.yml` at the repository
    /// root (the commit is judged by the settings it carries); else the nearest one on disk from
    /// the root up (an untracked file, or a parent folder's). Links and imports resolve against
    /// the index.
    ///
    /// - Throws: `RulesmithError` (exit 2) for `--fix` (fixes go to the work tree: lint the files,
    ///   then `git add`), standard input, a path outside the repository, or a configuration error.
    public func runStaged(
        _ request: LintRequest, in snapshot: StagedSnapshot, workingDirectory: String = FileSystem.currentDirectory
    ) throws(RulesmithError) -> StagedLintResult {
        FreedMemory.returnPromptly()
        if request.fix {
            throw RulesmithFailure.usage("\(option: .fix) changes the work tree, not the index: run 'rulesmith lint \(option: .fix) <paths>', then 'git add <paths>'")
        }
        if request.paths.contains("-") { throw RulesmithFailure.usage("\(option: .staged) reads git's index; it cannot read standard input ('-')") }
        let configuration = try stagedConfiguration(request, snapshot: snapshot, workingDirectory: workingDirectory)
        let settings = configuration.lint
        let options = settings.options(profile: request.profile, compat: request.compat)
        let selected = try selection(request.paths, snapshot: snapshot, workingDirectory: workingDirectory)
        let ignored = try IgnoreGlobs.compile(settings.ignore)
        let files = try snapshot.changedFiles { path in selected(path) && !ignored.matchAny(path) }
        let workspace = snapshot.workspace
        // The RP rules judge staged rules files against the repository as the commit holds it:
        // the index's file list and staged manifests, read only when a rules file is staged and
        // a repository rule is on (here or, through per-path levels, below some folder).
        let needed = RepositoryRules.anyEnabled(options) || !settings.perPath.isEmpty
        let repository = needed && files.contains { FileKind.rulesFiles.contains(request.kind ?? $0.kind) }
            ? RepositoryContext.read(files: snapshot.trackedPaths, contents: IndexContents(workspace: workspace)) : nil
        let perPath = PathLevelMatcher(settings.perPath)
        var documents: [LintDocument] = []
        documents.reserveCapacity(files.count)
        for file in files {
            let display = FileSystem.relative(snapshot.workTree + "/" + file.path, to: workingDirectory)
            let kind = request.kind ?? file.kind
            let size = try snapshot.size(of: file)
            guard size <= InputSizeLimit.bytes(for: kind) else {
                throw InputSizeLimit.refusal(display + " (staged)", kind: kind, size: size)
            }
            documents.append(LintDocument(
                path: file.path, kind: kind, source: SourceText(bytes: try snapshot.content(of: file)),
                options: perPath.options(options, path: file.path), workspace: workspace, displayPath: display,
                repository: repository, linkTarget: file.linkTarget))
        }
        let diagnostics = linter.lint(documents)
        var reports = zip(documents, diagnostics).map { document, found in
            FileReport(path: document.displayPath, kind: document.kind, diagnostics: found)
        }
        reports += try importedReports(
            documents, snapshot: snapshot, options: options, perPath: perPath, selected: selected, ignored: ignored,
            workingDirectory: workingDirectory)
        var outcome = LintOutcome(
            reports: reports, fixesApplied: 0, fixedStandardInput: nil, strict: request.strict || settings.strict == true)
        outcome.hide(below: request.minimumSeverity)
        return StagedLintResult(outcome: outcome, configuration: configuration, files: files)
    }

    /// The security findings in files that staged CLAUDE.md and GEMINI.md files pull in with
    /// `@imports`, read from the index: the editor loads them as instructions. An imported file
    /// is checked when the commit changes it or a file importing it; the importers include
    /// unchanged staged files, so editing `docs/x.md` that an unchanged CLAUDE.md imports is caught.
    private func importedReports(
        _ documents: [LintDocument], snapshot: StagedSnapshot, options: LintOptions, perPath: PathLevelMatcher,
        selected: (String) -> Bool, ignored: [PathPattern], workingDirectory: String
    ) throws(RulesmithError) -> [FileReport] {
        var roots = documents
        let changed = documents.count
        let linted = Set(documents.map(\.path))
        var unchangedImporters: [(path: String, kind: FileKind)] = []
        for entry in snapshot.entries where StagedSnapshot.isRegularFile(entry.mode) && KindPrefilter.mayBeKnown(entry.path) {
            guard !linted.contains(entry.path), let kind = FileKind.classify(entry.path),
                  DocumentImports.importingKinds.contains(kind), selected(entry.path), !ignored.matchAny(entry.path)
            else { continue }
            unchangedImporters.append((entry.path, kind))
        }
        // An unchanged importer adds a file to check only when that file is changed and not linted
        // already (a linted file is never checked as an import). When the commit changes nothing
        // else, the importers' blobs (every CLAUDE.md of a monorepo) need not be read at all.
        if unchangedImporters.count >= StagedSnapshot.headWalkThreshold, try snapshot.changedPaths().allSatisfy(linted.contains) {
            unchangedImporters = []
        }
        for (path, kind) in unchangedImporters {
            guard let bytes = try snapshot.content(atPath: path), bytes.count <= SourceText.maximumByteCount else { continue }
            let importer = LintDocument(
                path: path, kind: kind, source: SourceText(bytes: bytes), options: perPath.options(options, path: path),
                workspace: snapshot.workspace, displayPath: FileSystem.relative(snapshot.workTree + "/" + path, to: workingDirectory))
            // Held only when it imports something: the rest would keep every importer's text alive.
            if !importer.analysis(DocumentImports.self).imports.isEmpty { roots.append(importer) }
        }
        let imported = ImportedDocument.collect(from: roots, linted: changed) { _, path in perPath.options(options, path: path) }
        var checked: [ImportedDocument] = []
        for file in imported {
            let path = file.document.path
            guard !ignored.matchAny(path) else { continue }
            if file.importers.contains(where: { $0 < changed }) {
                checked.append(file)
            } else if try snapshot.isChanged(path) {
                checked.append(file)
            }
        }
        return ImportedDocument.lint(checked, roots: roots, linter: linter)
    }

    /// A predicate on repository-relative paths for the files and folders the user named.
    private func selection(
        _ paths: [String], snapshot: StagedSnapshot, workingDirectory: String
    ) throws(RulesmithError) -> (String) -> Bool {
        var prefixes: [String] = []
        for path in paths {
            let absolute = FileSystem.absolute(path, from: workingDirectory)
            if absolute == snapshot.workTree { return { _ in true } }
            guard absolute.hasPrefix(snapshot.workTree + "/") else {
                throw RulesmithError("\(path): outside the repository at \(snapshot.workTree)")
            }
            prefixes.append(String(absolute.dropFirst(snapshot.workTree.count + 1)))
        }
        if prefixes.isEmpty { return { _ in true } }
        return { path in prefixes.contains { path == $0 || path.hasPrefix($0 + "/") } }
    }

    private func stagedConfiguration(
        _ request: LintRequest, snapshot: StagedSnapshot, workingDirectory: String
    ) throws(RulesmithError) -> ProjectConfiguration {
        if let explicit = request.configPath {
            return try ConfigurationLoader.load(explicitPath: explicit, from: explicit).configuration
        }
        guard let bytes = try snapshot.content(atPath: ProjectConfiguration.fileName) else {
            return try ConfigurationLoader.load(explicitPath: nil, from: snapshot.workTree).configuration
        }
        let display = FileSystem.relative(snapshot.workTree + "/" + ProjectConfiguration.fileName, to: workingDirectory)
        guard UTF8Validation.isValid(bytes) else {
            throw RulesmithError("\(display) (staged): not UTF-8; a configuration file must be UTF-8 text")
        }
        do {
            return try ConfigurationReader().read(String(decoding: bytes, as: UTF8.self), path: display)
        } catch {
            throw RulesmithFailure.configuration(error.errors)
        }
    }
}
