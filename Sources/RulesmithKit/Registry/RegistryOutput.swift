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
            return json(["version": 1, "stacks": stacks.map { stack in
                ["id": stack.id, "title": stack.title, "description": stack.description, "category": stack.category,
                 "tags": stack.tags, "rules": stack.ruleCount, "revision": stack.revision] as [String: Any]
            }])
        }
        guard !stacks.isEmpty else { return "no stacks\n" }
        return table(
            ["STACK", "TITLE", "CATEGORY", "RULES", "TAGS"],
            stacks.map { [$0.id, $0.title, $0.category, String($0.ruleCount), $0.tags.joined(separator: ", ")] })
    }

    public static func show(_ details: StackDetails, format: RegistryOutputFormat) -> String {
        let stack = details.stack
        if format == .json {
            return json([
                "version": 1, "id": stack.id, "title": stack.title, "description": stack.description,
                "category": stack.category, "tags": stack.tags, "extends": stack.extends,
                "author": stack.author as Any, "license": stack.license as Any,
                "detect": ["files": stack.detect.files, "dependencies": stack.detect.dependencies] as [String: Any],
                "variables": stack.variables.map { variable in
                    ["name": variable.name, "description": variable.description as Any, "default": variable.defaultValue as Any,
                     "required": variable.isRequired, "pattern": variable.pattern as Any] as [String: Any]
                },
                "rules": stack.rules.map { rule in
                    ["id": rule.id, "description": rule.description as Any, "activation": rule.activation.rawValue,
                     "globs": rule.globs, "targets": rule.targets, "bodySha256": details.bodyHashes[rule.id] ?? "",
                     "bytes": rule.body.count, "findings": (details.findings[rule.id] ?? []).map(finding)] as [String: Any]
                },
                "source": revisionJSON(details.revision).merging(["path": stack.sourcePath, "format": stack.format.rawValue]) { $1 },
                "revisions": details.history.map(revisionJSON),
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
            return json(["version": 1, "query": query, "hits": hits.map { hit in
                ["stack": hit.stackID, "rule": hit.ruleID, "title": hit.stackTitle, "description": hit.ruleDescription,
                 "snippet": hit.snippet, "score": hit.score] as [String: Any]
            }])
        }
        guard !hits.isEmpty else { return printable(["no template matches '\(query)'"]) }
        return printable(hits.flatMap { hit in
            let description = hit.ruleDescription.isEmpty ? "" : " — \(hit.ruleDescription)"
            return ["\(hit.stackID)/\(hit.ruleID)  (\(hit.stackTitle))\(description)", "    \(oneLine(hit.snippet))"]
        })
    }

    public static func history(_ revisions: [RegistryRevision], format: RegistryOutputFormat) -> String {
        if format == .json { return json(["version": 1, "revisions": revisions.map(revisionJSON)]) }
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
            return json([
                "version": 1, "revision": report.revision, "dryRun": report.dryRun, "summary": report.summary,
                "stacks": report.changes.map { change in
                    ["id": change.stackID, "change": change.kind.rawValue, "addedRules": change.addedRules,
                     "changedRules": change.changedRules, "removedRules": change.removedRules] as [String: Any]
                },
                "findings": report.findings.map { ["path": $0.path, "line": $0.line, "column": $0.column, "rule": $0.ruleID, "message": $0.message] },
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

    static func revisionJSON(_ revision: RegistryRevision) -> [String: Any] {
        ["revision": revision.id, "date": revision.createdAt, "sourceKind": revision.sourceKind, "source": revision.source,
         "commit": revision.commit as Any, "ref": revision.ref as Any, "summary": revision.summary,
         "allowedFindings": revision.allowedFindings, "stacks": revision.stacks]
    }

    static func finding(_ finding: StoredFinding) -> [String: Any] {
        ["rule": finding.ruleID, "severity": finding.severity.rawValue, "line": finding.line, "column": finding.column,
         "message": finding.message]
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

    static func json(_ object: [String: Any]) -> String {
        let cleaned = nullified(object)
        guard let data = try? JSONSerialization.data(
            withJSONObject: cleaned, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]) else { return "{}\n" }
        return escapingInvisibleControls(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// JSON text with C1 controls, DEL and bidi controls written as `\uXXXX` (Foundation leaves
    /// them raw); they can only stand inside strings, so the values stay exact.
    static func escapingInvisibleControls(_ json: String) -> String {
        // Foundation already escapes quotes, backslashes and C0 controls; the rest of the set the
        // JSON writers share is left to this pass.
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x7F && JSONValue.mustEscape(scalar.value) }
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var output = ""
        for scalar in json.unicodeScalars {
            if needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Optionals wrapped in `Any` become JSON null.
    private static func nullified(_ value: Any) -> Any {
        if let dictionary = value as? [String: Any] { return dictionary.mapValues(nullified) }
        if let array = value as? [Any] { return array.map(nullified) }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let child = mirror.children.first else { return NSNull() }
            return nullified(child.value)
        }
        return value
    }
}
