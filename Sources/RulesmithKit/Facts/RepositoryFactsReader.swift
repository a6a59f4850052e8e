import RulesmithFacts
import RulesmithTemplates

/// Reads a folder's facts: its file list and the files the engine asks for, with the stacks of
/// a registry revision (built-in ones by the engine's rules, a team's own by their hints).
public enum RepositoryFactsReader {
    /// - Parameter stacks: the registry's stacks; nil for every built-in stack and no others.
    public static func read(_ folder: String, stacks: [TemplateStack]? = nil) throws -> RepositoryFacts {
        let files = try RepositoryFileList.files(in: folder)
        return FactsEngine.facts(files: files, contents: DiskContents(root: folder), options: stacks.map(options(for:)) ?? FactsEngine.Options())
    }

    /// Built-in stack IDs the registry holds are detected by the engine; other stacks by their hints.
    public static func options(for stacks: [TemplateStack]) -> FactsEngine.Options {
        let ids = Set(stacks.map(\.id))
        let signatures = stacks.filter { !FactsEngine.builtinStackIDs.contains($0.id) && !$0.detect.isEmpty }
            .map { StackSignature(id: $0.id, files: $0.detect.files, dependencies: $0.detect.dependencies) }
        return FactsEngine.Options(signatures: signatures, builtinStacks: ids.intersection(FactsEngine.builtinStackIDs))
    }
}
