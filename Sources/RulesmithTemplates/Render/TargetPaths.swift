import RulesmithEditors
import RulesmithText

extension Target {
    /// The output path without a `<name>` placeholder (`AGENTS.md`, `.github/copilot-instructions.md`).
    var sharedPath: String? {
        outputPaths.first { !$0.contains("<name>") }
    }

    /// The per-rule path for rule `id` (`.cursor/rules/<name>.mdc` → `.cursor/rules/go-errors.mdc`).
    func rulePath(_ id: String) -> String? {
        outputPaths.first { $0.contains("<name>") && !$0.hasSuffix("/**") }.map { $0.replacing("<name>", with: id) }
    }
}

extension Target {
    /// Whether this target can write `path`: one of its output paths with `<name>` standing for
    /// one non-empty path segment, or (for targets that nest) its file inside any folder.
    public func generates(_ path: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return outputPaths.contains { pattern in
            let patternSegments = pattern.split(separator: "/", omittingEmptySubsequences: false)
            if patternSegments.last == "**" {
                // A folder of files (a skill): the fixed part, then at least one non-empty segment.
                let fixed = patternSegments.dropLast()
                return segments.count > fixed.count && zip(fixed, segments).allSatisfy(Self.matches)
                    && segments.dropFirst(fixed.count).allSatisfy { !$0.isEmpty }
            }
            if segments.count == patternSegments.count, zip(patternSegments, segments).allSatisfy(Self.matches) { return true }
            return nestsInFolders && !pattern.contains("<name>") && !pattern.contains("/") && segments.count > 1
                && segments.last.map(String.init) == pattern
        }
    }

    private static func matches(_ pattern: Substring, _ segment: Substring) -> Bool {
        guard let placeholder = pattern.range(of: "<name>") else { return pattern == segment }
        let prefix = pattern[..<placeholder.lowerBound]
        let suffix = pattern[placeholder.upperBound...]
        return segment.count > prefix.count + suffix.count && segment.hasPrefix(prefix) && segment.hasSuffix(suffix)
    }
}

extension TargetCatalogue {
    /// Whether some target can write `path` (a plain relative path outside `.git`). A lockfile
    /// entry names only such a path, so a crafted lockfile cannot make rulesmith manage, and then
    /// delete, any other file of the repository.
    public static func generates(_ path: String) -> Bool {
        guard TemplateIdentifier.isSafeRelativePath(path), !GitDirectoryName.isInside(path) else { return false }
        return targets.contains { $0.generates(path) }
    }
}
