import Foundation
import RulesmithRegistry
import RulesmithText

/// What each `rulesmith registry …` and `rulesmith detect` subcommand does, given its options;
/// returns a typed outcome. The CLI only parses arguments and renders it.
public enum RegistryCommands {
    public static func list(registry: String?, tag: String?, revision: Int?) throws -> RegistryListOutcome {
        let service = try RegistryService.open(explicitPath: registry, access: .read)
        let stacks = try RegistryService.translated { try service.registry.list(tag: tag, revision: revision.map(Int64.init)) }
        return RegistryListOutcome(stacks: stacks, builtinRefresh: service.registry.builtinRefresh?.line)
    }

    public static func show(registry: String?, stack: String, revision: Int?) throws -> RegistryShowOutcome {
        let service = try RegistryService.open(explicitPath: registry, access: .read)
        let details = try RegistryService.translated { try service.registry.show(stack, revision: revision.map(Int64.init)) }
        return RegistryShowOutcome(details: details)
    }

    public static func search(registry: String?, text: String, limit: Int) throws -> RegistrySearchOutcome {
        let service = try RegistryService.open(explicitPath: registry, access: .read)
        let hits = try RegistryService.translated { try service.registry.search(text, limit: limit) }
        return RegistrySearchOutcome(query: text, hits: hits)
    }

    /// Runs one search per line of `queriesFile` in this process and prints the hit count per
    /// query (for the benchmark, which compares the per-query cost with the `sqlite3` tool).
    public static func searchBatch(registry: String?, queriesFile: String, limit: Int) throws -> String {
        let data = try FileSystem.read(queriesFile)
        let service = try RegistryService.open(explicitPath: registry, access: .read)
        var output = ""
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let hits = try RegistryService.translated { try service.registry.search(String(line), limit: limit) }
            output += "\(hits.count)\n"
        }
        return output
    }

    public static func importDirectory(
        registry: String?, path: String, allowFindings: Bool, dryRun: Bool
    ) throws -> RegistryImportOutcome {
        let service = try RegistryService.open(explicitPath: registry)
        return RegistryImportOutcome(report: try service.importDirectory(path, options: ImportOptions(allowFindings: allowFindings, dryRun: dryRun)))
    }

    public static func export(
        registry: String?, directory: String, revision: Int?, stacks: [String]
    ) throws -> RegistryExportOutcome {
        let service = try RegistryService.open(explicitPath: registry, access: .read)
        let written = try service.export(
            to: directory, revision: revision.map(Int64.init), stacks: stacks.isEmpty ? nil : stacks)
        return RegistryExportOutcome(directory: directory, files: written)
    }

    public static func history(registry: String?, stack: String?) throws -> RegistryHistoryOutcome {
        let service = try RegistryService.open(explicitPath: registry, access: .read)
        let revisions = try RegistryService.translated { try service.registry.history(stack: stack) }
        return RegistryHistoryOutcome(revisions: revisions)
    }

    /// `registry pull URL`: with `checkout` and `commit`, imports that existing checkout; otherwise
    /// fetches through `RegistryPull.pull(url:ref:)` first.
    public static func pull(
        registry: String?, url: String, ref: String?, checkout: String?, commit: String?, allowFindings: Bool,
        dryRun: Bool
    ) throws -> RegistryImportOutcome {
        func importing(_ source: RegistryPull.Checkout) throws -> RegistryImportOutcome {
            let service = try RegistryService.open(explicitPath: registry)
            let report = try service.importCheckout(
                source.directory, url: url, commit: source.commit, ref: ref,
                options: ImportOptions(allowFindings: allowFindings, dryRun: dryRun))
            return RegistryImportOutcome(report: report)
        }
        switch (checkout, commit) {
        case let (directory?, commit?):
            return try importing(RegistryPull.Checkout(directory: directory, commit: commit))
        case (nil, nil):
            let database = try RegistryLocation.resolve(explicit: registry)
            let cacheRoot = (PathSyntax.directory(of: database).isEmpty ? "." : PathSyntax.directory(of: database)) + "/pulls"
            // A URL typed here is trusted for its own host; redirects elsewhere are not followed.
            let trusted = try GitCredentialChoice.trustedHosts().trusting(commandLineURL: url)
            // The clone stays locked while it is imported, so a concurrent pull cannot move it.
            return try RegistryPull.withCheckout(url: url, ref: ref, cacheRoot: cacheRoot, trusted: trusted, importing)
        default: throw RulesmithFailure.usage("\(option: .checkout) and \(option: .commit) go together")
        }
    }

    public static func detect(registry: String?, path: String) throws -> DetectOutcome {
        let service = try RegistryService.open(explicitPath: registry, access: .read)
        return DetectOutcome(facts: try service.detect(path), path: path)
    }
}
