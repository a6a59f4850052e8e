/// RF008: an `@import` chain that loops or runs deeper than Claude Code follows.
struct ImportChainRule: Rule {
    let description = RuleDescription(
        id: "RF008", name: "import-cycle-or-too-deep",
        summary: "An @import chain loops back on itself or is deeper than the editor follows",
        rationale: """
            Claude Code follows @imports recursively, relative to each importing file, but only \
            five hops deep; whatever a sixth-level file says never reaches the model, and nothing \
            tells the author. An import cycle (a.md imports b.md, which imports a.md) loads \
            nothing new and usually means one of the imports points the wrong way. Imports are \
            followed through the repository only.
            """,
        kinds: DocumentImports.importingKinds, tags: ["rules-files", "imports"], defaultSeverity: .warning,
        triggering: [
            Example("↓@docs/a.md\n", kind: .claudeMd, files: ["docs/a.md": "@../CLAUDE.md\n"]),
            Example(
                "↓@l1.md\n", kind: .claudeMd,
                files: ["l1.md": "@l2.md\n", "l2.md": "@l3.md\n", "l3.md": "@l4.md\n", "l4.md": "@l5.md\n", "l5.md": "@l6.md\n", "l6.md": "six\n"]),
        ],
        nonTriggering: [
            Example(
                "@l1.md\n", kind: .claudeMd,
                files: ["l1.md": "@l2.md\n", "l2.md": "@l3.md\n", "l3.md": "@l4.md\n", "l4.md": "@l5.md\n", "l5.md": "five\n"]),
            Example("@a.md @b.md\n", kind: .claudeMd, files: ["a.md": "@c.md\n", "b.md": "@c.md\n", "c.md": "shared\n"]),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let workspace = document.workspace, document.isReadableRulesText,
              !document.analysis(DocumentImports.self).imports.isEmpty else { return [] }
        let graph = ImportGraph(document, workspace: workspace)
        var findings: [Finding] = []
        for (rootImport, chain) in graph.cycles() where graph.rootImports.indices.contains(rootImport) {
            findings.append(Finding(
                range: graph.rootImports[rootImport].range,
                message: "import cycle \(chain.joined(separator: " → ")); the chain loads nothing new, so drop the import that points back"))
        }
        for (rootImport, node) in graph.tooDeep() where graph.rootImports.indices.contains(rootImport) {
            let chain = graph.chain(to: node)
            findings.append(Finding(
                range: graph.rootImports[rootImport].range,
                message: "import chain \(chain.joined(separator: " → ")) is \(chain.count - 1) hops deep; Claude Code follows at most \(ImportGraph.maximumHops), so \(chain.last ?? "") is not loaded",
                severity: .error))
        }
        return findings
    }
}
