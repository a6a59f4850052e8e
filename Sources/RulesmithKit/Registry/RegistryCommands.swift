import Foundation
import RulesmithRegistry
import RulesmithText

/// What each `rulesmith registry …` and `rulesmith detect` subcommand does, given its options;
/// returns the text to print. The CLI only parses arguments and prints.
public enum RegistryCommands {
    public static func list(registry: String?, tag: String?, revision: Int?, format: RegistryOutputFormat) throws -> String {
        let service = try RegistryService.open(explicitPath: registry, access: .read)
        let stacks = try RegistryService.translated { try service.registry.list(tag: tag, revision: revision.map(Int64.init)) }
        return RegistryOutput.list(stacks, format: format)
    }

    public static func show(registry: String?, stack: String, revision: Int?, format: RegistryOutputFormat) throws -> String {
        let service = try RegistryService.open(explicitPath: registry, access: .read)
        let details = try RegistryService.translated { try service.registry.show(stack, revision: revision.map(Int64.init)) }
        return RegistryOutput.show(details, format: format)
    }

    public static func search(registry: String?, text: String, limit: Int, format: RegistryOutputFormat) throws -> String {
        let service = try RegistryService.open(explicitPath: registry, access: .read)
        let hits = try RegistryService.translated { try service.registry.search(text, limit: limit) }
        return RegistryOutput.search(hits, query: text, format: format)
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
        registry: String?, path: String, allowFindings: Bool, dryRun: Bool, format: RegistryOutputFormat
    ) throws -> String {
        let service = try RegistryService.open(explicitPath: registry)
        let report = try service.importDirectory(path, options: ImportOptions(allowFindings: allowFindings, dryRun: dryRun))
        return RegistryOutput.importReport(report, format: format)
    }

    public static func export(
        registry: String?, directory: String, revision: Int?, stacks: [String], format: RegistryOutputFormat
    ) throws -> String {
        let service = try RegistryService.open(explicitPath: registry, access: .read)
        let written = try service.export(
            to: directory, revision: revision.map(Int64.init), stacks: stacks.isEmpty ? nil : stacks)
        if format == .json { return RegistryOutput.json(["version": 1, "directory": directory, "files": written]) }
        return RegistryOutput.printable(["wrote \(written.count) file\(written.count == 1 ? "" : "s") under \(directory)"])
    }

    public static func history(registry: String?, stack: String?, format: RegistryOutputFormat) throws -> String {
        let service = try RegistryService.open(explicitPath: registry, access: .read)
        let revisions = try RegistryService.translated { try service.registry.history(stack: stack) }
        return RegistryOutput.history(revisions, format: format)
    }

    /// `registry pull URL`: with `checkout` and `commit`, imports that existing checkout; otherwise
    /// fetches through `RegistryPull.pull(url:ref:)` first.
    public static func pull(
        registry: String?, url: String, ref: String?, checkout: String?, commit: String?, allowFindings: Bool,
        dryRun: Bool, format: RegistryOutputFormat
    ) throws -> String {
        func importing(_ source: RegistryPull.Checkout) throws -> String {
            let service = try RegistryService.open(explicitPath: registry)
            let report = try service.importCheckout(
                source.directory, url: url, commit: source.commit, ref: ref,
                options: ImportOptions(allowFindings: allowFindings, dryRun: dryRun))
            return RegistryOutput.importReport(report, format: format)
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
        default: throw RulesmithError("--checkout and --commit go together")
        }
    }

    public static func detect(registry: String?, path: String, format: RegistryOutputFormat) throws -> String {
        let service = try RegistryService.open(explicitPath: registry, access: .read)
        return RegistryOutput.detect(try service.detect(path), repository: path, format: format)
    }
}
