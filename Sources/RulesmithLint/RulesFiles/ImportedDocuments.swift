import RulesmithText

/// The files rules files pull in through `@imports` (CLAUDE.md's `@AGENTS.md`, `@docs/x.md`):
/// the editor loads them as instructions, so the security rules judge them as well, at their own
/// path, even though they are not rules files themselves.
public struct ImportedDocument: Sendable {
    /// The imported file, set up to run the security rules only.
    public let document: LintDocument
    /// Indexes (into the roots given) of the files that import it, directly or through others.
    public let importers: [Int]
}

extension ImportedDocument {
    /// Every file the roots' import graphs reach inside their workspaces (never `~/` or absolute
    /// imports, never a link out, never past the hops the editor follows), once each, skipping
    /// files that are roots themselves.
    ///
    /// - Parameters:
    ///   - linted: how many of the roots, from the first, are linted themselves (all by default);
    ///     the rest only lead to imports (`hook run`'s unchanged importers), so a file among them
    ///     that a root imports is checked as an import like any other.
    ///   - options: the options of an imported file, given its first importer and its own
    ///     workspace path (to apply per-path levels); the security rules enabled there run.
    public static func collect(
        from roots: [LintDocument], linted: Int? = nil, catalogue: RuleCatalogue = .standard,
        options: (LintDocument, String) -> LintOptions = { importer, _ in importer.options }
    ) -> [ImportedDocument] {
        let rootPaths = Set(roots.prefix(linted ?? roots.count).map { PathSyntax.normalize($0.displayPath) })
        var order: [String] = []
        var found: [String: (document: LintDocument, importers: [Int])] = [:]
        for (rootIndex, root) in roots.enumerated() {
            guard let workspace = root.workspace, DocumentImports.importingKinds.contains(root.kind),
                  !root.analysis(DocumentImports.self).imports.isEmpty else { continue }
            let graph = ImportGraph(root, workspace: workspace)
            for node in graph.nodes.dropFirst() where node.depth <= ImportGraph.maximumHops && !node.path.hasPrefix("/") {
                let display = displayPath(of: node.path, importer: root)
                guard !rootPaths.contains(PathSyntax.normalize(display)) else { continue }
                if found[display] != nil {
                    if found[display]?.importers.contains(rootIndex) == false { found[display]?.importers.append(rootIndex) }
                    continue
                }
                guard let bytes = workspace.read(node.path), bytes.count <= SourceText.maximumByteCount else { continue }
                var fileOptions = options(root, node.path)
                fileOptions.onlyRules = Set(catalogue.descriptions.filter {
                    $0.traits.contains(.security) && fileOptions.isEnabled($0)
                }.map(\.id))
                let document = LintDocument(
                    path: node.path, kind: root.kind, source: SourceText(bytes: bytes), options: fileOptions,
                    workspace: workspace, displayPath: display)
                order.append(display)
                found[display] = (document, [rootIndex])
            }
        }
        return order.map { ImportedDocument(document: found[$0]!.document, importers: found[$0]!.importers) }
    }

    /// Lints `imported` with `linter` and notes in each message which file loads it.
    public static func lint(_ imported: [ImportedDocument], roots: [LintDocument], linter: Linter) -> [FileReport] {
        let diagnostics = linter.lint(imported.map(\.document))
        return zip(imported, diagnostics).map { file, found in
            let by = file.importers.first.map { roots[$0].displayPath } ?? "?"
            let noted = found.map { diagnostic in
                var diagnostic = diagnostic
                diagnostic.message += " (imported by \(PrintableMessage.make(by)))"
                return diagnostic
            }
            return FileReport(path: file.document.displayPath, kind: file.document.kind, diagnostics: noted)
        }
    }

    /// `path` (workspace-relative) as the user reads paths of `importer`: the way from the
    /// importer's folder to the file, appended to the folder of the importer's display path.
    static func displayPath(of path: String, importer: LintDocument) -> String {
        let from = PathSyntax.directory(of: importer.path).split(separator: "/")
        let to = path.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let way = Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)
        let folder = PathSyntax.directory(of: importer.displayPath)
        var parts = folder.isEmpty ? [] : folder.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for part in way {
            if part == "..", let last = parts.last, last != "..", last != "." { parts.removeLast() } else { parts.append(part) }
        }
        let joined = parts.joined(separator: "/")
        return importer.displayPath.hasPrefix("/") && !joined.hasPrefix("/") ? "/" + joined : joined
    }
}
