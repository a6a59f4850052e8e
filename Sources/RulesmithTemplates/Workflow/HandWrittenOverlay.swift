import RulesmithEditors
import RulesmithText

/// Turns a rules file rulesmith did not write into an overlay rule (pure), so the render carries
/// the user's text and the file can become managed (`init --adopt-existing`, `adopt FILE`).
/// A file-per-rule file (`.cursor/rules/x.mdc`) becomes the overlay `x`, rendered back to the same
/// path (a stack rule of that name gets the user's body); a shared file (`AGENTS.md`) becomes
/// `adopted-<file>`, rendered after the stacks' rules.
public enum HandWrittenOverlay {
    /// One file taken in.
    public struct Taken: Sendable, Equatable {
        public var overlay: AdoptionPlan.Overlay
        /// The user's text every line of which the result must hold (the body of a file with
        /// frontmatter, whose keys are re-spelled in rulesmith's rule format).
        public var text: [UInt8]
    }

    /// The kinds whose files can be taken in.
    public static func isAdoptable(_ path: String) -> Bool {
        guard let kind = FileKind.classify(path) else { return false }
        switch kind {
        case .agentsMd, .claudeMd, .geminiMd, .copilot, .copilotInstructions, .cursorrules, .cursorMdc, .windsurfRule, .cline,
             .kiroSteering, .claudeRule:
            return true
        default:
            return false
        }
    }

    /// Whether the file at `path` is one rule of a target that writes a file per rule (its name
    /// is then the rule's ID), rather than a file holding all of them (`AGENTS.md`).
    public static func isOneRule(_ path: String) -> Bool {
        switch FileKind.classify(path) {
        case .cursorMdc, .copilotInstructions, .windsurfRule, .cline, .kiroSteering, .claudeRule: true
        default: false
        }
    }

    /// The overlay for `path` holding `bytes`.
    /// - Parameters:
    ///   - perRule: whether the file is one rule of a target that writes a file per rule (its
    ///     name is then the rule ID).
    ///   - stackRules: rule IDs of the chain: a per-rule file named like one replaces its body.
    ///   - takenIDs: overlay IDs already in use.
    public static func overlay(
        path: String, bytes: [UInt8], perRule: Bool, stackRules: Set<String>, takenIDs: Set<String>
    ) throws(AdoptionPlan.Refusal) -> Taken {
        guard UTF8Validation.isValid(bytes) else {
            throw AdoptionPlan.Refusal(message: "\(path): not UTF-8 text; rulesmith takes in only text")
        }
        let (front, body) = split(bytes)
        var header: [String] = []
        if let front {
            guard FileKind.classify(path) == .cursorMdc else {
                throw AdoptionPlan.Refusal(message: "\(path): taking in a file with frontmatter is supported for Cursor's .mdc only; "
                    + "move its text to \(AdoptionPlan.overlayFolder)/ as a rule by hand, then delete it")
            }
            header = try cursorKeys(front, path: path)
        } else if !perRule || FileKind.classify(path) != .cursorMdc {
            header = ["alwaysApply: true"]
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = String(name.split(separator: ".").first ?? Substring(name))
        var id: String
        var replaces: String?
        if perRule, let slug = TemplateIdentifier.slug(stem) {
            id = slug
            if stackRules.contains(slug) { replaces = slug }
        } else {
            id = "adopted-\(TemplateIdentifier.slug(path) ?? "file")"
        }
        if replaces == nil {
            let base = id
            var number = 2
            while takenIDs.contains(id) || stackRules.contains(id) {
                id = "\(base)-\(number)"
                number += 1
            }
        } else if takenIDs.contains(id) {
            throw AdoptionPlan.Refusal(message: "\(path): an overlay named '\(id)' is already listed in .rulesmith.yml; merge the two by hand")
        }
        let description = "Taken in from \(path), which rulesmith did not write"
        let frontmatter = replaces == nil
            ? "---\n" + (header.contains { $0.hasPrefix("description:") } ? "" : "description: \(YAMLScalar.quoted(description))\n")
                + header.map { $0 + "\n" }.joined() + "---\n"
            : ""
        let text = AdoptionPlan.trimBlankLines(body)
        return Taken(
            overlay: AdoptionPlan.Overlay(id: id, path: "\(AdoptionPlan.overlayFolder)/\(id).md", contents: Array(frontmatter.utf8) + text, replaces: replaces),
            text: text)
    }

    /// The frontmatter's lines (nil without one) and the text after it.
    static func split(_ bytes: [UInt8]) -> (front: [Substring]?, body: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return (nil, bytes) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingWhitespace == "---" }) else { return (nil, bytes) }
        let body = lines[(end + 1)...].joined(separator: "\n")
        return (Array(lines[1..<end]), Array(body.utf8))
    }

    /// Cursor's `description`, `globs` (comma-separated, unquoted) and `alwaysApply`, spelled as
    /// a rulesmith rule's frontmatter.
    static func cursorKeys(_ lines: [Substring], path: String) throws(AdoptionPlan.Refusal) -> [String] {
        var output: [String] = []
        for line in lines where !line.trimmingWhitespace.isEmpty {
            guard let colon = line.firstIndex(of: ":") else {
                throw AdoptionPlan.Refusal(message: "\(path): frontmatter line '\(line)' is not 'key: value'; fix it, then take it in")
            }
            let key = line[..<colon].trimmingWhitespace
            var value = String(line[line.index(after: colon)...].trimmingWhitespace)
            let quoted = (value.hasPrefix("\"") && value.hasSuffix("\"")) || (value.hasPrefix("'") && value.hasSuffix("'"))
            if value.count >= 2, quoted {
                value = String(value.dropFirst().dropLast())
            }
            switch key {
            case "description" where !value.isEmpty:
                output.append("description: \(YAMLScalar.quoted(value))")
            case "globs" where !value.isEmpty:
                let globs = value.split(separator: ",").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
                output.append("globs: [" + globs.map { YAMLScalar.quoted(String($0)) }.joined(separator: ", ") + "]")
            case "alwaysApply":
                output.append("alwaysApply: \(value.lowercased() == "true" ? "true" : "false")")
            case "description", "globs":
                break
            default:
                throw AdoptionPlan.Refusal(message: "\(path): Cursor reads no frontmatter key '\(key)'; remove it, then take the file in")
            }
        }
        return output
    }
}
