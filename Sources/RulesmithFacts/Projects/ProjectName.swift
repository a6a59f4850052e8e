import RulesmithText

/// The repository's own name for itself, with where it says so: the root manifest's package name
/// (package.json, Cargo.toml, pyproject.toml), else the README's H1. `init` fills `project_name`
/// from it; the folder name is only the last resort, since a clone's folder can be anything.
public struct ProjectNameFact: Sendable, Hashable {
    public var value: String
    public var evidence: Evidence

    public init(value: String, evidence: Evidence) {
        self.value = value
        self.evidence = evidence
    }
}

enum ProjectName {
    /// README names tried at the root, in order.
    static let readmes = ["README.md", "README.markdown", "README", "readme.md", "Readme.md"]

    static func fact(store: ManifestStore) -> ProjectNameFact? {
        if let package = store.packageJSON("package.json"), let name = package.name, let value = usable(name.value) {
            return ProjectNameFact(value: value, evidence: Evidence("package.json", line: name.line))
        }
        if let cargo = store.cargo("Cargo.toml"), let name = cargo.table.value(at: ["package", "name"])?.string, let value = usable(name) {
            return ProjectNameFact(value: value, evidence: Evidence("Cargo.toml", line: cargo.table.line(at: ["package", "name"])))
        }
        if let pyproject = store.pyproject("pyproject.toml") {
            for path in [["project", "name"], ["tool", "poetry", "name"]] {
                if let name = pyproject.table.value(at: path)?.string, let value = usable(name) {
                    return ProjectNameFact(value: value, evidence: Evidence("pyproject.toml", line: pyproject.table.line(at: path)))
                }
            }
        }
        for readme in readmes {
            guard let text = store.text(readme) else { continue }
            if let (title, line) = heading(text) { return ProjectNameFact(value: title, evidence: Evidence(readme, line: line)) }
        }
        return nil
    }

    /// The first top-level H1 (read by the shared Markdown block scanner, so code fences and
    /// setext headings count as editors see them), as plain words (links, images, emphasis and
    /// inline HTML removed), with its line; nil when it has no words left.
    static func heading(_ text: String) -> (String, Int)? {
        let source = SourceText(text)
        guard let block = MarkdownDocument(source).blocks.first(where: { $0.headingLevel == 1 && $0.parent == nil }) else {
            return nil
        }
        return usable(plain(source.string(block.contentRange))).map { ($0, block.lines.lowerBound + 1) }
    }

    /// Markdown inline markup removed: `![alt](x)` and `<tags>` dropped, `[text](x)` kept as text.
    private static func plain(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let character = rest.first {
            if character == "!", rest.dropFirst().first == "[", let close = rest.firstIndex(of: ")") {
                rest = rest[rest.index(after: close)...]
            } else if character == "<", let close = rest.firstIndex(of: ">") {
                rest = rest[rest.index(after: close)...]
            } else if character == "[", let textEnd = rest.firstIndex(of: "]") {
                output += rest[rest.index(after: rest.startIndex)..<textEnd]
                rest = rest[rest.index(after: textEnd)...]
                if rest.first == "(", let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...] }
            } else {
                if !"*_`#".contains(character) { output.append(character) }
                rest = rest.dropFirst()
            }
        }
        return output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A name worth using: words of at most 100 characters, printable.
    private static func usable(_ name: String) -> String? {
        let trimmed = name.trimmingBlanks()
        guard !trimmed.isEmpty, trimmed.count <= 100, trimmed.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
              !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        return trimmed
    }
}
