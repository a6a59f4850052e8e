import Foundation
import RulesmithLint
import RulesmithText

/// Runs `rulesmith lint`: loads the configuration, collects and reads files, lints them together,
/// applies fixes atomically when asked, and returns the reports.
public struct LintRunner: Sendable {
    public let linter: Linter

    public init(linter: Linter = Linter()) {
        self.linter = linter
    }

    public func run(_ request: LintRequest) throws(RulesmithError) -> LintOutcome {
        FreedMemory.returnPromptly()
        if request.staged {
            let snapshot = try StagedSnapshot(from: FileSystem.currentDirectory, environment: ProcessInfo.processInfo.environment)
            return try runStaged(request, in: snapshot).outcome
        }
        let start = request.paths.first { $0 != "-" } ?? "."
        let loaded = try ConfigurationLoader.load(explicitPath: request.configPath, from: start)
        let settings = loaded.configuration.lint
        let options = settings.options(profile: request.profile, compat: request.compat)
        var collector = LintInputCollector(request: request, ignore: settings.ignore, configurationDirectory: loaded.directory)
        // Per-path levels can turn a repository rule on below a folder, so any of them asks too.
        collector.listsAllFiles = RepositoryRules.anyEnabled(options) || !settings.perPath.isEmpty
        let (inputs, treeFiles) = try collector.collect()
        let perPath = PathLevelMatcher(settings.perPath)
        let optionsFor = { (input: LintInput) -> LintOptions in
            guard !perPath.isEmpty, let absolute = input.absolutePath, let directory = loaded.directory else { return options }
            let relative = FileSystem.relative(absolute, to: directory)
            return relative == absolute || relative.hasPrefix("../") ? options : perPath.options(options, path: relative)
        }
        let repositories = RepositoryContexts(treeFiles: treeFiles)
        let documentFor = { (input: LintInput, bytes: [UInt8]) -> LintDocument in
            let options = optionsFor(input)
            return document(
                for: input, bytes: bytes, options: options,
                repository: repositories.context(root: input.workspaceRoot, kind: input.kind, options: options))
        }
        var applied = 0
        var fixedStandardInput: [UInt8]?
        var reports: [FileReport]
        let documents: [LintDocument]
        if request.fix {
            var inputs = inputs
            for index in inputs.indices { inputs[index].bytes = try inputs[index].contents() }
            (documents, reports, applied, fixedStandardInput) = try lintAndFix(request, inputs, documentFor)
        } else {
            (documents, reports) = try lintStreaming(inputs) { input in
                let options = optionsFor(input)
                return (options, repositories.context(root: input.workspaceRoot, kind: input.kind, options: options))
            }
        }
        // What CLAUDE.md and GEMINI.md pull in with @imports is loaded as instructions too: the
        // security rules judge it at its own path (inside the repository only).
        let ignored = try IgnoreGlobs.compile(settings.ignore)
        let imported = ImportedDocument.collect(from: documents) { importer, path in
            guard let root = (importer.workspace as? FileSystemWorkspace)?.root else { return importer.options }
            let input = LintInput(
                displayPath: path, workspacePath: path, absolutePath: root + "/" + path, kind: importer.kind, bytes: [],
                workspaceRoot: root)
            return optionsFor(input)
        }
        let kept = imported.filter { file in
            guard !ignored.isEmpty, let directory = loaded.directory,
                  let root = (file.document.workspace as? FileSystemWorkspace)?.root else { return true }
            let relative = FileSystem.relative(root + "/" + file.document.path, to: directory)
            return relative.hasPrefix("/") || !ignored.matchAny(relative)
        }
        reports += ImportedDocument.lint(kept, roots: documents, linter: linter)
        var outcome = LintOutcome(
            reports: reports, fixesApplied: applied, fixedStandardInput: fixedStandardInput,
            strict: request.strict || settings.strict == true)
        outcome.hide(below: request.minimumSeverity)
        return outcome
    }

    /// Lints every input in memory, applies fixes atomically and lints again what changed.
    private func lintAndFix(
        _ request: LintRequest, _ inputs: [LintInput], _ documentFor: (LintInput, [UInt8]) -> LintDocument
    ) throws(RulesmithError) -> (documents: [LintDocument], reports: [FileReport], applied: Int, fixedStandardInput: [UInt8]?) {
        var documents = inputs.map { documentFor($0, $0.bytes ?? []) }
        var diagnostics = linter.lint(documents)
        var applied = 0
        var fixedStandardInput: [UInt8]?
        let allowed: Set<FixApplicability> = request.unsafeFixes ? [.safe, .unsafe] : [.safe]
        for index in documents.indices {
            let wanted = diagnostics[index].contains { $0.fix.map { allowed.contains($0.applicability) } ?? false }
            guard wanted || inputs[index].absolutePath == nil else { continue }
            let result = linter.fix(documents[index], allowing: allowed)
            if let path = inputs[index].absolutePath {
                guard result.bytes != documents[index].source.bytes else { continue }
                try AtomicFile.write(result.bytes, to: path, scope: inputs[index].workspaceRoot.map(WriteScope.inside) ?? .outsideRepository)
            } else {
                fixedStandardInput = result.bytes
            }
            applied += result.applied
            documents[index] = documentFor(inputs[index], result.bytes)
        }
        if applied > 0 { diagnostics = linter.lint(documents) }
        let reports = zip(inputs, diagnostics).map { input, found in
            FileReport(path: input.displayPath, kind: input.kind, diagnostics: found)
        }
        return (documents, reports, applied, fixedStandardInput)
    }

    /// Lints the inputs without holding them: each file is read when the engine gets to it and
    /// dropped once linted. Kept are the diagnostics and, for the `@imports` pass, the imports of
    /// the Claude and Gemini files that import something (not their text); every other file is
    /// left as its path and kind.
    private func lintStreaming(
        _ inputs: [LintInput], _ settings: (LintInput) -> (LintOptions, RepositoryContext?)
    ) throws(RulesmithError) -> (documents: [LintDocument], reports: [FileReport]) {
        let failures = ReadFailures()
        let pending = inputs.enumerated().map { index, input in
            let (options, repository) = settings(input)
            return PendingDocument(
                path: input.workspacePath, kind: input.kind, options: options,
                workspace: input.workspaceRoot.map { FileSystemWorkspace(root: $0) }, displayPath: input.displayPath,
                repository: repository, linkTarget: input.linkTarget
            ) {
                do throws(RulesmithError) {
                    return try input.contents()
                } catch {
                    failures.record(error, at: index)
                    return nil
                }
            }
        }
        let importers = KeptDocuments()
        let diagnostics = linter.lint(pending) { index, document in
            guard DocumentImports.importingKinds.contains(document.kind), document.workspace != nil,
                  !document.analysis(DocumentImports.self).imports.isEmpty else { return }
            importers.keep(document.keepingOnly(DocumentImports.self), at: index)
        }
        if let failure = failures.first { throw failure }
        let documents = pending.indices.map { index in
            importers.document(at: index) ?? LintDocument(
                path: pending[index].path, kind: pending[index].kind, source: SourceText(bytes: []), options: pending[index].options,
                workspace: pending[index].workspace, displayPath: pending[index].displayPath)
        }
        let reports = zip(inputs, diagnostics).map { input, found in
            FileReport(path: input.displayPath, kind: input.kind, diagnostics: found)
        }
        return (documents, reports)
    }

    private func document(for input: LintInput, bytes: [UInt8], options: LintOptions, repository: RepositoryContext?) -> LintDocument {
        LintDocument(
            path: input.workspacePath, kind: input.kind, source: SourceText(bytes: bytes), options: options,
            workspace: input.workspaceRoot.map { FileSystemWorkspace(root: $0) }, displayPath: input.displayPath,
            repository: repository, linkTarget: input.linkTarget)
    }
}
