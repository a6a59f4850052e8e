import Foundation
import RulesmithFacts
import RulesmithRegistry
import RulesmithText

/// How registry commands print: human text or JSON (version 1, sorted keys).
public enum RegistryOutputFormat: String, Sendable, CaseIterable {
    case text
    case json
}

/// Renders registry results for the terminal or as JSON. Text quotes what templates carry
/// (titles, descriptions, globs, defaults, paths), so every line is made printable: a value
/// cannot send escape sequences or start a line of its own.
public enum RegistryOutput {
    public static func list(_ stacks: [StackSummary], format: RegistryOutputFormat) -> String {
        if format == .json {
            return OutcomeJSON.sortedDocument(["stacks": .array(stacks.map { stack in
                OutcomeJSON.object([
                    "id": .string(stack.id), "title": .string(stack.title), "description": .string(stack.description),
                    "category": .string(stack.category), "tags": OutcomeJSON.strings(stack.tags), "rules": .int(stack.ruleCount),
                    "revision": OutcomeJSON.int(stack.revision),
                ])
            })])
        }
        guard !stacks.isEmpty else { return "no stacks\n" }
        return table(
            ["STACK", "TITLE", "CATEGORY", "RULES", "TAGS"],
            stacks.map { [$0.id, $0.title, $0.category, String($0.ruleCount), $0.tags.joined(separator: ", ")] })
    }

    public static func show(_ details: StackDetails, format: RegistryOutputFormat) -> String {
        let stack = details.stack
        if format == .json {
            var source = revisionMembers(details.revision)
            source["path"] = .string(stack.sourcePath)
            source["format"] = .string(stack.format.rawValue)
            return OutcomeJSON.sortedDocument([
                "id": .string(stack.id), "title": .string(stack.title), "description": .string(stack.description),
                "category": .string(stack.category), "tags": OutcomeJSON.strings(stack.tags),
                "extends": OutcomeJSON.strings(stack.extends),
                "author": OutcomeJSON.optional(stack.author), "license": OutcomeJSON.optional(stack.license),
                "detect": OutcomeJSON.object([
                    "files": OutcomeJSON.strings(stack.detect.files),
                    "dependencies": OutcomeJSON.object(stack.detect.dependencies.mapValues(OutcomeJSON.strings)),
                ]),
                "variables": .array(stack.variables.map { variable in
                    OutcomeJSON.object([
                        "name": .string(variable.name), "description": OutcomeJSON.optional(variable.description),
                        "default": OutcomeJSON.optional(variable.defaultValue), "required": .bool(variable.isRequired),
                        "pattern": OutcomeJSON.optional(variable.pattern),
                    ])
                }),
                "rules": .array(stack.rules.map { rule in
                    OutcomeJSON.object([
                        "id": .string(rule.id), "description": OutcomeJSON.optional(rule.description),
                        "activation": .string(rule.activation.rawValue), "globs": OutcomeJSON.strings(rule.globs),
                        "targets": OutcomeJSON.strings(rule.targets), "bodySha256": .string(details.bodyHashes[rule.id] ?? ""),
                        "bytes": .int(rule.body.count), "findings": .array((details.findings[rule.id] ?? []).map(finding)),
                    ])
                }),
                "source": OutcomeJSON.object(source),
                "revisions": .array(details.history.map(revisionJSON)),
            ])
        }
        var lines = ["\(stack.id) — \(stack.title)", "  \(stack.description)"]
        var facts = ["category: \(stack.category)"]
        if !stack.tags.isEmpty { facts.append("tags: \(stack.tags.joined(separator: ", "))") }
        if !stack.extends.isEmpty { facts.append("extends: \(stack.extends.joined(separator: ", "))") }
        if let author = stack.author { facts.append("author: \(author)") }
        if let license = stack.license { facts.append("license: \(license)") }
        lines.append("  " + facts.joined(separator: "   "))
        lines.append("  from: \(origin(details.revision)), \(stack.sourcePath) (\(stack.format.rawValue))")
        if !stack.detect.isEmpty {
            var evidence = stack.detect.files.map { "file \($0)" }
            for (manifest, names) in stack.detect.dependencies.sorted(by: { $0.key < $1.key }) {
                evidence.append("\(manifest): \(names.joined(separator: ", "))")
            }
            lines.append("  detect: " + evidence.joined(separator: "; "))
        }
        if !stack.variables.isEmpty {
            lines += ["", "Variables"]
            for variable in stack.variables {
                var line = "  \(variable.name)"
                line += variable.defaultValue.map { " = \"\($0)\"" } ?? " (required)"
                if let description = variable.description { line += " — \(description)" }
                if let pattern = variable.pattern { line += " [pattern \(pattern)]" }
                lines.append(line)
            }
        }
        lines += ["", "Rules"]
        if stack.rules.isEmpty { lines.append("  (none)") }
        for rule in stack.rules {
            var line = "  \(rule.id)  \(rule.activation.rawValue)"
            if !rule.globs.isEmpty { line += " \(rule.globs.joined(separator: ", "))" }
            if let description = rule.description { line += " — \(description)" }
            line += "  sha256:\(details.bodyHashes[rule.id].map { String($0.prefix(12)) } ?? "")"
            let findings = details.findings[rule.id] ?? []
            if !findings.isEmpty { line += "  (\(findings.count) lint finding\(findings.count == 1 ? "" : "s"))" }
            lines.append(line)
        }
        lines += ["", "Revisions"]
        for revision in details.history { lines.append("  \(revision.id)  \(revision.createdAt)  \(origin(revision))") }
        return printable(lines)
    }

    public static func search(_ hits: [SearchHit], query: String, format: RegistryOutputFormat) -> String {
        if format == .json {
            return OutcomeJSON.sortedDocument(["query": .string(query), "hits": .array(hits.map { hit in
                OutcomeJSON.object([
                    "stack": .string(hit.stackID), "rule": .string(hit.ruleID), "title": .string(hit.stackTitle),
                    "description": .string(hit.ruleDescription), "snippet": .string(hit.snippet), "score": .double(hit.score),
                ])
            })])
        }
        guard !hits.isEmpty else { return printable(["no template matches '\(query)'"]) }
        return printable(hits.flatMap { hit in
            let description = hit.ruleDescription.isEmpty ? "" : " — \(hit.ruleDescription)"
            return ["\(hit.stackID)/\(hit.ruleID)  (\(hit.stackTitle))\(description)", "    \(oneLine(hit.snippet))"]
        })
    }

    public static func history(_ revisions: [RegistryRevision], format: RegistryOutputFormat) -> String {
        if format == .json { return OutcomeJSON.sortedDocument(["revisions": .array(revisions.map(revisionJSON))]) }
        guard !revisions.isEmpty else { return "no revisions\n" }
        return table(
            ["REV", "DATE", "SOURCE", "SUMMARY"],
            revisions.map { revision in
                [String(revision.id), revision.createdAt, origin(revision),
                 revision.summary + (revision.allowedFindings ? " [imported with findings]" : "")]
            })
    }

    public static func importReport(_ report: ImportReport, format: RegistryOutputFormat) -> String {
        if format == .json {
            return OutcomeJSON.sortedDocument([
                "revision": OutcomeJSON.int(report.revision), "dryRun": .bool(report.dryRun), "summary": .string(report.summary),
                "stacks": .array(report.changes.map { change in
                    OutcomeJSON.object([
                        "id": .string(change.stackID), "change": .string(change.kind.rawValue),
                        "addedRules": OutcomeJSON.strings(change.addedRules), "changedRules": OutcomeJSON.strings(change.changedRules),
                        "removedRules": OutcomeJSON.strings(change.removedRules),
                    ])
                }),
                "findings": .array(report.findings.map { found in
                    OutcomeJSON.object([
                        "path": .string(found.path), "line": .int(found.line), "column": .int(found.column),
                        "rule": .string(found.ruleID), "message": .string(found.message),
                    ])
                }),
            ])
        }
        var lines = [report.dryRun
            ? "dry run: would create revision \(report.revision): \(report.summary) (nothing written)"
            : "revision \(report.revision): \(report.summary)"]
        for change in report.changes where change.kind != .unchanged {
            var line = "  \(change.kind == .added ? "+" : "~") \(change.stackID) (\(change.kind.rawValue))"
            var parts: [String] = []
            if !change.addedRules.isEmpty { parts.append("added \(change.addedRules.joined(separator: ", "))") }
            if !change.changedRules.isEmpty { parts.append("changed \(change.changedRules.joined(separator: ", "))") }
            if !change.removedRules.isEmpty { parts.append("removed \(change.removedRules.joined(separator: ", "))") }
            if !parts.isEmpty { line += ": " + parts.joined(separator: "; ") }
            lines.append(line)
        }
        for finding in report.findings { lines.append("  finding: \(finding)") }
        return printable(lines)
    }

    public static func detect(_ facts: RepositoryFacts, repository: String, format: RegistryOutputFormat) -> String {
        format == .json ? FactsOutput.json(facts, path: repository) : FactsOutput.text(facts, path: repository)
    }

    // MARK: - Helpers

    static func origin(_ revision: RegistryRevision) -> String {
        var text = "\(revision.sourceKind) \(revision.source)"
        if revision.sourceKind == "builtin" { text = "builtin" }
        if let commit = revision.commit { text += " @\(commit.prefix(12))" }
        if let ref = revision.ref { text += " (\(ref))" }
        return text
    }

    static func revisionMembers(_ revision: RegistryRevision) -> [String: JSONValue] {
        ["revision": OutcomeJSON.int(revision.id), "date": .string(revision.createdAt), "sourceKind": .string(revision.sourceKind),
         "source": .string(revision.source), "commit": OutcomeJSON.optional(revision.commit), "ref": OutcomeJSON.optional(revision.ref),
         "summary": .string(revision.summary), "allowedFindings": .bool(revision.allowedFindings),
         "stacks": OutcomeJSON.strings(revision.stacks)]
    }

    static func revisionJSON(_ revision: RegistryRevision) -> JSONValue { OutcomeJSON.object(revisionMembers(revision)) }

    static func finding(_ finding: StoredFinding) -> JSONValue {
        OutcomeJSON.object([
            "rule": .string(finding.ruleID), "severity": .string(finding.severity.rawValue), "line": .int(finding.line),
            "column": .int(finding.column), "message": .string(finding.message),
        ])
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// `lines` as text, each made one printable line.
    static func printable(_ lines: [String]) -> String {
        lines.map(PrintableMessage.make).joined(separator: "\n") + "\n"
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let all = ([header] + rows).map { $0.map(PrintableMessage.make) }
        var widths = [Int](repeating: 0, count: header.count)
        for row in all { for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) } }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
