import Foundation
import RulesmithText
import Yams

/// Maps the awesome-cursorrules layouts onto stacks: a folder of `.mdc` files becomes one stack
/// (one rule per file); a per-stack folder with `.cursorrules` (and optionally `README.md` with an
/// `Author:` line, and `.mdc` files) becomes one stack whose `.cursorrules` is an always-on rule.
/// A repository root is read through its `rules/` folder.
public enum AwesomeCursorrules {
    /// The category imported stacks are filed under.
    public static let category = "community"
    /// The rule ID given to a folder's `.cursorrules` file.
    public static let cursorrulesRuleID = "cursorrules"

    /// Reads `tree` in an awesome-cursorrules layout.
    public static func read(_ tree: TemplateTree) throws -> TemplateSet {
        let paths = tree.sortedPaths
        let topLevel = paths.filter { !$0.contains("/") }
        let hasOwnRules = topLevel.contains { $0 == ".cursorrules" || $0.hasSuffix(".mdc") }
        if !hasOwnRules, paths.contains(where: { $0.hasPrefix("rules/") }) {
            var files: [String: [UInt8]] = [:]
            for path in paths where path.hasPrefix("rules/") { files[String(path.dropFirst(6))] = tree.files[path] }
            var set = try read(TemplateTree(rootName: "rules", files: files))
            for index in set.stacks.indices { set.stacks[index].rebase(under: "rules/") }
            return set
        }
        var stacks: [TemplateStack] = []
        if hasOwnRules {
            stacks.append(try stack(folder: tree.rootName, displayPath: "", files: tree.files.filter { !$0.key.contains("/") }))
        }
        var byFolder: [String: [String: [UInt8]]] = [:]
        for path in paths where path.contains("/") {
            let parts = path.split(separator: "/", maxSplits: 1)
            guard parts.count == 2, !parts[1].contains("/") else { continue }
            byFolder[String(parts[0]), default: [:]][String(parts[1])] = tree.files[path]
        }
        for folder in byFolder.keys.sorted() {
            let files = byFolder[folder]!
            guard files.keys.contains(where: { $0 == ".cursorrules" || $0.hasSuffix(".mdc") }) else { continue }
            stacks.append(try stack(folder: folder, displayPath: folder + "/", files: files))
        }
        guard !stacks.isEmpty else { throw TemplateError.noTemplates(tree.rootName) }
        var used: [String: Int] = [:]
        for index in stacks.indices {
            let id = stacks[index].id
            used[id, default: 0] += 1
            if used[id]! > 1 { try stacks[index].rename(to: uniqueID(id, suffix: used[id]!)) }
        }
        return TemplateSet(stacks: stacks, format: .awesomeCursorrules)
    }

    /// The stack ID for an awesome-cursorrules folder name (`nextjs-cursorrules-prompt-file` → `nextjs`).
    public static func stackID(forFolder name: String) -> String {
        var slug = TemplateIdentifier.slug(name) ?? "imported"
        if let range = slug.range(of: "-cursorrules"), range.lowerBound != slug.startIndex {
            slug = String(slug[..<range.lowerBound])
        }
        return slug
    }

    private static func uniqueID(_ id: String, suffix: Int) -> String {
        let tail = "-\(suffix)"
        return String(id.prefix(TemplateIdentifier.maximumLength - tail.count)) + tail
    }

    private static func stack(folder: String, displayPath: String, files: [String: [UInt8]]) throws -> TemplateStack {
        let id = stackID(forFolder: folder)
        let readme = files["README.md"].map { String(decoding: $0, as: UTF8.self) }
        let title = readme.flatMap(firstHeading) ?? id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let description = readme.flatMap(firstParagraph) ?? "Imported from awesome-cursorrules (\(displayPath.isEmpty ? folder : String(displayPath.dropLast())))"
        let author = readme.flatMap(authorLine)
        let ignored: Set<String> = ["cursorrules", "prompt", "file", "fil", "rules", "and", "with", "the", "for"]
        let tags = Array(id.split(separator: "-").map(String.init).filter { !ignored.contains($0) && $0.count > 1 }.prefix(6))
        var rules: [RuleTemplate] = []
        if let bytes = files[".cursorrules"] {
            rules.append(try rule(
                id: cursorrulesRuleID, description: nil, globs: [], alwaysApply: true, body: bytes,
                source: TemplateSourceFile(path: displayPath + ".cursorrules", kind: .cursorrules, bytes: bytes)))
        }
        for name in files.keys.sorted() where name.hasSuffix(".mdc") {
            let bytes = files[name]!
            let path = displayPath + name
            var ruleID = TemplateIdentifier.slug(String(name.dropLast(4))) ?? "rule"
            if ruleID == cursorrulesRuleID || rules.contains(where: { $0.id == ruleID }) { ruleID = uniqueID(ruleID, suffix: rules.count + 1) }
            let settings = try MDCSettings(bytes, path: path)
            rules.append(try rule(
                id: ruleID, description: settings.description, globs: settings.globs, alwaysApply: settings.alwaysApply,
                body: Array(bytes[settings.bodyStart...]), source: TemplateSourceFile(path: path, kind: .cursorMdc, bytes: bytes)))
        }
        var yaml = "id: \(id)\ntitle: \(oneLineQuoted(title))\ndescription: \(oneLineQuoted(description))\ncategory: \(category)\n"
        yaml += "tags: [\(tags.joined(separator: ", "))]\n"
        if let author { yaml += "author: \(oneLineQuoted(author))\n" }
        let file = Array(yaml.utf8)
        var stack = try StackParser.parse(file, folder: id, path: displayPath + "stack.yml")
        stack.rules = rules
        stack.sourcePath = displayPath.isEmpty ? folder : String(displayPath.dropLast())
        stack.format = .awesomeCursorrules
        return stack
    }

    /// A rule file of the canonical format around an imported body, parsed back so the two agree.
    private static func rule(
        id: String, description: String?, globs: [String], alwaysApply: Bool, body: [UInt8], source: TemplateSourceFile
    ) throws -> RuleTemplate {
        guard UTF8Validation.isValid(body) else {
            throw TemplateError.malformedRule(path: source.path, reason: "not UTF-8 text")
        }
        var header = "---\n"
        if let description, !description.isEmpty { header += "description: \(oneLineQuoted(description))\n" }
        if !globs.isEmpty { header += "globs: [\(globs.map(oneLineQuoted).joined(separator: ", "))]\n" }
        header += "alwaysApply: \(alwaysApply)\n---\n"
        var rule = try RuleTemplateParser.parse(id: id, bytes: Array(header.utf8) + body, path: source.path)
        rule.source = source
        return rule
    }

    /// A double-quoted YAML scalar on one line: line breaks, tabs and other controls become spaces
    /// (a description or glob is one line), the rest is `YAMLScalar.quoted`.
    static func oneLineQuoted(_ text: String) -> String {
        var line = ""
        for scalar in text.unicodeScalars {
            line.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar)
        }
        return YAMLScalar.quoted(line)
    }

    private static func firstHeading(_ text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("# ") {
            var title = String(line.dropFirst(2).trimmingWhitespace)
            for noise in [".cursorrules prompt file", "cursorrules prompt file", ".cursorrules"] {
                if let range = title.range(of: noise, options: .caseInsensitive) { title.removeSubrange(range) }
            }
            let trimmed = title.trimmingWhitespace
            return trimmed.isEmpty ? nil : String(trimmed)
        }
        return nil
    }

    private static func firstParagraph(_ text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("-") || trimmed.hasPrefix("*")
                || trimmed.hasPrefix("[") || trimmed.hasPrefix("!") || trimmed.hasPrefix("<") || trimmed.hasPrefix("```")
                || trimmed.lowercased().contains("author:") {
                continue
            }
            return String(trimmed.prefix(300))
        }
        return nil
    }

    /// The name after `Author:` (bold markers dropped, a Markdown link reduced to its text).
    static func authorLine(_ text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            guard let range = line.range(of: "Author:", options: []) ?? line.range(of: "author:") else { continue }
            var value = line[range.upperBound...].trimming(" *_")
            if value.hasPrefix("["), let close = value.firstIndex(of: "]") {
                value = value[value.index(after: value.startIndex)..<close]
            }
            let name = value.trimming(" *_")
            return name.isEmpty ? nil : String(name)
        }
        return nil
    }
}

extension TemplateStack {
    /// Puts the stack's and its rules' source paths under `prefix`.
    mutating func rebase(under prefix: String) {
        sourcePath = prefix + sourcePath
        for index in rules.indices { rules[index].source.path = prefix + rules[index].source.path }
    }

    /// Gives an imported stack another ID (awesome-cursorrules slugs can collide after cutting).
    mutating func rename(to newID: String) throws {
        let text = String(decoding: file, as: UTF8.self)
        guard text.hasPrefix("id: \(id)\n") else { return }
        file = Array(("id: \(newID)\n" + text.dropFirst("id: \(id)\n".count)).utf8)
        id = newID
    }
}
