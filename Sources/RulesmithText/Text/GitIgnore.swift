/// The patterns of one `.gitignore` (or `.git/info/exclude`) file, scoped to the folder holding it:
/// negation, anchoring, trailing `/` for folders, `**`, and backslash escapes, as git reads them.
public struct GitIgnore: Sendable {
    /// The folder the file applies to, relative to the workspace root ("" for the root).
    public let base: String
    let rules: [GitIgnoreRule]

    public init(_ text: String, base: String = "") {
        self.base = PathSyntax.normalize(base)
        var rules: [GitIgnoreRule] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            if let rule = GitIgnoreRule(line: String(line)) { rules.append(rule) }
        }
        self.rules = rules
    }

    /// True when the last matching rule ignores `path`, false when it re-includes it, nil when no
    /// rule matches. `path` is relative to the workspace root.
    public func verdict(for path: String, isDirectory: Bool) -> Bool? {
        let relative: Substring
        if base.isEmpty {
            relative = Substring(path)
        } else if path.hasPrefix(base + "/") {
            relative = path.dropFirst(base.count + 1)
        } else {
            return nil
        }
        let segments = relative.split(separator: "/").map { Array($0.unicodeScalars) }
        guard !segments.isEmpty else { return nil }
        for rule in rules.reversed() where !rule.directoryOnly || isDirectory {
            if rule.pattern.matches(segments: segments) { return !rule.negated }
        }
        return nil
    }

    /// Whether `path` is ignored by `files` (lowest precedence first). A path inside an ignored
    /// folder stays ignored whatever later rules say, as in git.
    public static func isIgnored(_ path: String, isDirectory: Bool, by files: [GitIgnore]) -> Bool {
        let components = path.split(separator: "/")
        var prefix = ""
        for (index, component) in components.enumerated() {
            prefix = prefix.isEmpty ? String(component) : prefix + "/" + component
            let last = index == components.count - 1
            if ignores(prefix, isDirectory: last ? isDirectory : true, by: files) { return true }
        }
        return false
    }

    /// Whether `path` itself (not its folders) is ignored: the verdict of the highest-precedence
    /// file that has one. Walkers that never enter ignored folders need only this.
    public static func ignores(_ path: String, isDirectory: Bool, by files: [GitIgnore]) -> Bool {
        for file in files.reversed() {
            if let verdict = file.verdict(for: path, isDirectory: isDirectory) { return verdict }
        }
        return false
    }
}

/// One non-comment line of a gitignore file.
struct GitIgnoreRule: Sendable {
    var pattern: PathPattern
    var negated: Bool
    var directoryOnly: Bool

    init?(line: String) {
        var scalars = Array(line.unicodeScalars)
        while let last = scalars.last, last == " " || last == "\t" {
            if scalars.count >= 2, scalars[scalars.count - 2] == "\\" { break }
            scalars.removeLast()
        }
        guard let first = scalars.first, first != "#" else { return nil }
        negated = first == "!"
        if negated { scalars.removeFirst() }
        directoryOnly = scalars.last == "/"
        while scalars.last == "/" { scalars.removeLast() }
        guard !scalars.isEmpty else { return nil }
        // An unreadable pattern matches nothing, as git's wildmatch gives up on it.
        guard let pattern = try? PathPattern(String(String.UnicodeScalarView(scalars)), dialect: .gitignore) else { return nil }
        self.pattern = pattern
    }
}
