import Foundation

/// Dependency names declared in a package manifest, read leniently (no build tool is run).
public enum ManifestDependencies {
    /// The manifest file names stack detection understands.
    public static let manifestNames: Set<String> = [
        "package.json", "pyproject.toml", "requirements.txt", "Gemfile", "composer.json", "go.mod",
        "Cargo.toml", "pom.xml", "build.gradle", "build.gradle.kts", "Package.swift",
    ]

    /// The dependency names in `text`, a manifest called `name`, normalised by `normalize`.
    public static func names(inManifest name: String, text: String) -> Set<String> {
        let raw: [String]
        switch name {
        case "package.json":
            raw = jsonKeys(text, sections: ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"])
        case "composer.json": raw = jsonKeys(text, sections: ["require", "require-dev"])
        case "requirements.txt": raw = requirements(text)
        case "pyproject.toml": raw = pyproject(text)
        case "Gemfile": raw = gemfile(text)
        case "go.mod": raw = goModules(text)
        case "Cargo.toml": raw = cargo(text)
        case "pom.xml": raw = tagContents(text, tag: "artifactId")
        case "build.gradle", "build.gradle.kts": raw = gradle(text)
        case "Package.swift": raw = swiftPackages(text)
        default: raw = []
        }
        return Set(raw.map { normalize($0, manifest: name) }.filter { !$0.isEmpty })
    }

    /// Lowercase; Python names also fold `_` and `.` into `-` (PEP 503).
    public static func normalize(_ name: String, manifest: String) -> String {
        let lower = name.trimmingWhitespace.lowercased()
        guard manifest == "requirements.txt" || manifest == "pyproject.toml" else { return lower }
        return String(lower.map { $0 == "_" || $0 == "." ? "-" : $0 })
    }

    private static func jsonKeys(_ text: String, sections: [String]) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return [] }
        return sections.flatMap { (object[$0] as? [String: Any])?.keys.map { $0 } ?? [] }
    }

    /// The leading name of a requirement such as `Django>=4.2; python_version>"3"`.
    static func requirementName(_ text: Substring) -> String {
        String(text.trimmingWhitespace.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." })
    }

    private static func requirements(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = content.trimmingWhitespace
            guard !trimmed.isEmpty, !trimmed.hasPrefix("-"), !trimmed.contains("://") else { return nil }
            return requirementName(trimmed)
        }
    }

    private static func pyproject(_ text: String) -> [String] {
        var names: [String] = []
        var section = ""
        var inArray = false
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingWhitespace
            if line.hasPrefix("[") && !inArray {
                section = String(line.trimming("[] "))
                continue
            }
            let arraySection = section == "project.optional-dependencies" || section == "dependency-groups"
            if !inArray, let equals = line.firstIndex(of: "=") {
                let key = line[..<equals].trimmingWhitespace
                let value = line[line.index(after: equals)...].trimmingWhitespace
                if section.hasSuffix("dependencies") && !arraySection && section != "project" {
                    if key != "python" { names.append(String(key.trimming("\"'"))) }
                    continue
                }
                if value.hasPrefix("["), (section == "project" && key == "dependencies") || arraySection {
                    names.append(contentsOf: quotedStrings(value).map { requirementName($0[...]) })
                    inArray = !value.contains("]")
                }
                continue
            }
            if inArray {
                names.append(contentsOf: quotedStrings(line).map { requirementName($0[...]) })
                if line.contains("]") { inArray = false }
            }
        }
        return names
    }

    private static func gemfile(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingWhitespace
            guard trimmed.hasPrefix("gem ") || trimmed.hasPrefix("gem(") else { return nil }
            return quotedStrings(trimmed).first
        }
    }

    private static func goModules(_ text: String) -> [String] {
        var names: [String] = []
        var inBlock = false
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingWhitespace
            if line.hasPrefix("require (") || line == "require(" { inBlock = true; continue }
            if inBlock && line.hasPrefix(")") { inBlock = false; continue }
            let entry: Substring
            if inBlock { entry = line } else if line.hasPrefix("require ") { entry = line.dropFirst(8) } else { continue }
            if let module = entry.split(separator: " ").first, !module.hasPrefix("//") { names.append(String(module)) }
        }
        return names
    }

    private static func cargo(_ text: String) -> [String] {
        var names: [String] = []
        var inDependencies = false
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingWhitespace
            if line.hasPrefix("[") {
                let header = line.trimming("[] ")
                let parts = header.split(separator: ".")
                if let last = parts.last, last.hasSuffix("dependencies") {
                    inDependencies = true
                } else if parts.count >= 2, parts[parts.count - 2].hasSuffix("dependencies") {
                    names.append(String(parts[parts.count - 1]))
                    inDependencies = false
                } else {
                    inDependencies = false
                }
                continue
            }
            if inDependencies, let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                names.append(String(line[..<equals].trimmingWhitespace.trimming("\"'")))
            }
        }
        return names
    }

    private static func gradle(_ text: String) -> [String] {
        var names: [String] = []
        for string in quotedStrings(text[...]) {
            let parts = string.split(separator: ":")
            if parts.count >= 2, !string.contains(" "), !string.contains("/") {
                names.append("\(parts[0]):\(parts[1])")
                names.append(String(parts[1]))
            } else if parts.count == 1, string.contains("."), !string.contains(" "), !string.contains("/") {
                names.append(string)
            }
        }
        return names
    }

    private static func swiftPackages(_ text: String) -> [String] {
        var names: [String] = []
        for string in quotedStrings(text[...]) {
            if string.contains("://") || string.hasPrefix("git@") {
                let parts = string.split(separator: "/")
                guard var repository = parts.last.map(String.init) else { continue }
                if repository.hasSuffix(".git") { repository.removeLast(4) }
                names.append(repository)
                if parts.count >= 2 { names.append("\(parts[parts.count - 2])/\(repository)") }
            }
        }
        var rest = text[...]
        while let range = rest.range(of: ".product(name:") {
            rest = rest[range.upperBound...]
            if let name = quotedStrings(rest.prefix(200)).first { names.append(name) }
        }
        return names
    }

    private static func tagContents(_ text: String, tag: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "<\(tag)>") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "</\(tag)>") else { break }
            names.append(String(rest[..<close.lowerBound].trimmingWhitespace))
            rest = rest[close.upperBound...]
        }
        return names
    }

    /// The contents of every "double" or 'single' quoted string on the text, in order.
    static func quotedStrings(_ text: Substring) -> [String] {
        var output: [String] = []
        var index = text.startIndex
        while index < text.endIndex {
            let quote = text[index]
            guard quote == "\"" || quote == "'" else {
                index = text.index(after: index)
                continue
            }
            let start = text.index(after: index)
            guard let end = text[start...].firstIndex(where: { $0 == quote || $0.isNewline }) else { break }
            if text[end] == quote { output.append(String(text[start..<end])) }
            index = text.index(after: end)
        }
        return output
    }
}
