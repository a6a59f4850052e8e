import RulesmithFacts
import RulesmithRegistry
import RulesmithTemplates

// The outcomes of `rulesmith registry …` and `detect`: each holds what the registry returned and
// renders it through `RegistryOutput` (tables as text; version 1 JSON objects).

/// `registry list`: the stacks (of one tag, at one revision).
public struct RegistryListOutcome: CommandOutcome {
    public var stacks: [StackSummary]
    /// One line when the binary brings built-in templates the registry has not stored yet (or
    /// this open stored them); text only, the JSON shape is unchanged.
    public var builtinRefresh: String?
    public func text() -> String {
        RegistryOutput.list(stacks, format: .text) + (builtinRefresh.map { OutcomeJSON.printableLines([$0]) } ?? "")
    }
    public func json() -> String { RegistryOutput.list(stacks, format: .json) }
}

/// `registry show STACK`: one stack's rules, variables, revisions and source.
public struct RegistryShowOutcome: CommandOutcome {
    public var details: StackDetails
    public func text() -> String { RegistryOutput.show(details, format: .text) }
    public func json() -> String { RegistryOutput.show(details, format: .json) }
}

/// `registry search TEXT`: ranked hits with snippets.
public struct RegistrySearchOutcome: CommandOutcome {
    public var query: String
    public var hits: [SearchHit]
    public func text() -> String { RegistryOutput.search(hits, query: query, format: .text) }
    public func json() -> String { RegistryOutput.search(hits, query: query, format: .json) }
}

/// `registry history [STACK]`: the revisions, newest first.
public struct RegistryHistoryOutcome: CommandOutcome {
    public var revisions: [RegistryRevision]
    public func text() -> String { RegistryOutput.history(revisions, format: .text) }
    public func json() -> String { RegistryOutput.history(revisions, format: .json) }
}

/// `registry import` and `registry pull`: what the import added, changed and found.
public struct RegistryImportOutcome: CommandOutcome {
    public var report: ImportReport
    public func text() -> String { RegistryOutput.importReport(report, format: .text) }
    public func json() -> String { RegistryOutput.importReport(report, format: .json) }
}

/// `registry export DIR`: the files written.
public struct RegistryExportOutcome: CommandOutcome {
    public var directory: String
    public var files: [String]
    public func text() -> String {
        RegistryOutput.printable(["wrote \(files.count) file\(files.count == 1 ? "" : "s") under \(directory)"])
    }
    public func json() -> String { OutcomeJSON.sortedDocument(["directory": .string(directory), "files": OutcomeJSON.strings(files)]) }
}

/// `detect [PATH]`: the repository's facts with evidence.
public struct DetectOutcome: CommandOutcome {
    public var facts: RepositoryFacts
    /// The repository as the user named it.
    public var path: String
    public func text() -> String { FactsOutput.text(facts, path: path) }
    public func json() -> String { FactsOutput.json(facts, path: path) }
}
