import Foundation
import RulesmithEditors
import RulesmithLint

/// The Markdown documentation of the rule catalogue: one page per rule (`docs/rules/ID.md`) and
/// the catalogue table (`docs/rules/README.md`), rendered from the rules' own declarations.
public struct RuleDocumentation: Sendable {
    public let catalogue: RuleCatalogue

    public init(catalogue: RuleCatalogue = .standard) {
        self.catalogue = catalogue
    }

    /// The folder the pages live in, relative to the package root.
    public static let folder = "docs/rules"

    /// The line every generated file ends with, naming the command that rewrites it.
    static let footer = "_Generated from the rules' declarations by `swift run rulesmith-dev generate-docs`; "
        + "edit the rule, not this page._\n"

    /// The catalogue table: ID, name, default severity, tags, fix and summary of every rule.
    public func index() -> String {
        var output = """
            # Rules

            Every rule rulesmith checks, by ID. `rulesmith rules ID` prints the same documentation in a \
            terminal; `.rulesmith.yml` selects rules by ID, alias or name and groups of rules by tag \
            (see [the configuration schema](../rulesmith.schema.json)). A fix marked safe is applied by \
            `rulesmith lint --fix`.

            | ID | Name | Severity | Tags | Fix | Summary |
            |---|---|---|---|---|---|

            """
        for description in catalogue.descriptions {
            let cells = [
                "[\(description.id)](\(description.id).md)", "`\(description.name)`", severity(description),
                description.tags.map(\.rawValue).joined(separator: ", "), description.fix?.rawValue ?? "",
                description.summary,
            ]
            output += "| " + cells.map(Self.cell).joined(separator: " | ") + " |\n"
        }
        output += "\n\(catalogue.descriptions.count) rules.\n\n" + Self.footer
        return output
    }

    /// One rule's page: summary, facts, rationale, examples, corrections and how to turn it off.
    public func page(for description: RuleDescription) -> String {
        // The first sentence is the page's description wherever it is listed (`llms generate` uses
        // it as link notes), so it names the rule and never quotes what the rule finds.
        var output = "# \(description.id): \(description.name)\n\n"
        output += "The rulesmith rule \(description.id): what it finds, why, and the examples that are also its tests.\n\n"
        output += "**Finds:** \(Self.sentence(description.summary))\n\n"
        output += "| | |\n|---|---|\n"
        output += "| Default severity | \(Self.cell(severity(description))) |\n"
        output += "| Applies to | \(description.kinds.sorted().map { "`\($0.rawValue)`" }.joined(separator: ", ")) |\n"
        output += "| Tags | \(description.tags.map { "`\($0.rawValue)`" }.joined(separator: ", ")) |\n"
        output += "| Fix | \(description.fix?.rawValue ?? "none") |\n"
        if !description.aliases.isEmpty {
            output += "| Aliases | \(description.aliases.map { "`\($0)`" }.joined(separator: ", ")) |\n"
        }
        let traits = description.traits.subtracting([.noPrefixVariant, .noCommentVariant])
        if !traits.isEmpty { output += "| Traits | \(traits.names.joined(separator: ", ")) |\n" }
        output += "\n## Why\n\n\(description.rationale)\n"
        let escapeAll = description.tags.contains(.unicode)
        let note = escapeAll
            ? "Characters outside ASCII (but `↓`) are written as `\\u{…}` escapes."
            : "Characters a reader cannot see are written as `\\u{…}` escapes."
        output += "\n## Flagged\n\n`↓` marks where each finding starts. \(note)\n"
        for example in description.triggering { output += "\n" + render(example, escapeAll: escapeAll) }
        output += "\n## Accepted\n"
        for example in description.nonTriggering { output += "\n" + render(example, escapeAll: escapeAll) }
        if !description.corrections.isEmpty {
            output += "\n## Fixed\n"
            for correction in description.corrections {
                output += "\n" + render(correction.before, escapeAll: escapeAll)
                output += "\nbecomes\n\n" + ExampleBlock.fenced(correction.after, escapeAllNonASCII: escapeAll)
            }
        }
        output += "\n## Turning it off\n\n"
        if description.isSuppressibleInline {
            // Written without the comment's opening `<!--`: the page would otherwise carry a live directive.
            output += "For one line, put an HTML comment `rulesmith-disable-next-line \(description.id) -- reason` above "
                + "it; for a whole repository, `\(description.id): off` under `lint.rules` in `.rulesmith.yml`.\n"
        } else {
            output += "No comment in a file can silence this rule (`RS003` reports one that tries). Turn it off in "
                + "`.rulesmith.yml`: under `lint.rules` for the repository, or under `lint.per-path` for the files "
                + "a glob matches.\n"
        }
        output += "\n" + Self.footer
        return output
    }

    /// Every generated page, by path relative to the package root.
    public func files() -> [(path: String, text: String)] {
        [("\(Self.folder)/README.md", index())]
            + catalogue.descriptions.map { ("\(Self.folder)/\($0.id).md", page(for: $0)) }
    }

    private func render(_ example: Example, escapeAll: Bool) -> String {
        var label = "`\(example.path)`"
        if let profile = example.profile { label += " (profile \(profile.rawValue))" }
        if let target = example.linkTarget { label += ", a symlink to `\(target)`" }
        var output = "\(label):\n\n" + ExampleBlock.fenced(example.text, escapeAllNonASCII: escapeAll)
        for path in example.files.keys.sorted() {
            output += "\nwith `\(path)`:\n\n" + ExampleBlock.fenced(example.files[path] ?? "", escapeAllNonASCII: escapeAll)
        }
        return output
    }

    private func severity(_ description: RuleDescription) -> String {
        var text = description.defaultSeverity.rawValue
        let profiles = description.profileSeverity.keys.sorted { $0.rawValue < $1.rawValue }
        if !profiles.isEmpty {
            text += " (" + profiles.map { "\($0.rawValue): \(description.defaultSeverity(for: $0)?.rawValue ?? "off")" }
                .joined(separator: ", ") + ")"
        }
        if description.isOptIn { text = "opt-in, " + text }
        return text
    }

    /// `text` ending with a full stop.
    private static func sentence(_ text: String) -> String {
        guard let last = text.last, !".?!".contains(last) else { return text }
        return text + "."
    }

    /// `text` safe inside a table cell.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
