import RulesmithText
/// What the facts need from Gradle and Maven builds: plugin IDs and artifact coordinates found
/// in build scripts, pom.xml and the gradle/libs.versions.toml catalogue, each with its line.
public enum JVMBuild {
    /// Coordinates and plugin IDs in a Gradle script (`"org.springframework.boot"`,
    /// `"group:artifact:1.0"`), read as quoted strings: the script is never evaluated.
    public static func gradleDependencies(_ text: String) -> [Dependency] {
        var result: [Dependency] = []
        for (offset, line) in TextLines(text).lines.enumerated() {
            for string in Quoted.strings(in: line) where !string.contains(" ") && !string.contains("/") {
                let parts = string.split(separator: ":")
                if parts.count >= 2 {
                    result.append(Dependency(name: "\(parts[0]):\(parts[1])", version: parts.count > 2 ? String(parts[2]) : nil, line: offset + 1))
                    result.append(Dependency(name: String(parts[1]), version: parts.count > 2 ? String(parts[2]) : nil, line: offset + 1))
                } else if string.contains(".") {
                    result.append(Dependency(name: string, line: offset + 1))
                }
            }
        }
        return result
    }

    /// The `artifactId`s of a pom.xml (the parent's included) with their `version` when it follows.
    public static func mavenDependencies(_ text: String) -> [Dependency] {
        var result: [Dependency] = []
        let lines = TextLines(text).lines
        for (offset, line) in lines.enumerated() {
            guard let artifact = tagContent(line, "artifactId") else { continue }
            var version: String?
            for next in lines[(offset + 1)..<min(lines.count, offset + 3)] {
                if let found = tagContent(next, "version") { version = found; break }
            }
            result.append(Dependency(name: artifact, version: version, line: offset + 1))
        }
        return result
    }

    /// Whether the pom declares `<modules>` (a multi-module build).
    public static func mavenHasModules(_ text: String) -> Bool { text.contains("<modules>") }

    /// Plugin IDs and library modules of a version catalogue, with their versions resolved
    /// from `[versions]` when they use `version.ref`.
    public static func catalogueDependencies(_ text: String) throws(TOMLError) -> [Dependency] {
        let table = try TOMLReader.read(text)
        let versions = table.table(at: ["versions"])
        var result: [Dependency] = []
        for (section, key) in [("plugins", "id"), ("libraries", "module")] {
            guard let entries = table.table(at: [section]) else { continue }
            for alias in entries.keys {
                let value = entries[alias]
                var name: String?
                var version: String?
                if let text = value?.string {
                    let parts = text.split(separator: ":")
                    name = parts.count >= 2 ? "\(parts[0]):\(parts[1])" : text
                    version = parts.count > 2 ? String(parts[2]) : nil
                } else if let entry = value?.table {
                    name = entry[key]?.string
                    if name == nil, let group = entry["group"]?.string, let artifact = entry["name"]?.string { name = "\(group):\(artifact)" }
                    if let ref = entry.value(at: ["version", "ref"])?.string ?? entry["version.ref"]?.string {
                        version = versions?[ref]?.string
                    } else {
                        version = entry["version"]?.string
                    }
                }
                guard let name else { continue }
                result.append(Dependency(name: name, version: version, line: entries.line(of: alias)))
                if let artifact = name.split(separator: ":").last, name.contains(":") {
                    result.append(Dependency(name: String(artifact), version: version, line: entries.line(of: alias)))
                }
            }
        }
        return result
    }

    private static func tagContent(_ line: Substring, _ tag: String) -> String? {
        guard let open = line.range(of: "<\(tag)>"), let close = line.range(of: "</\(tag)>"), open.upperBound <= close.lowerBound else { return nil }
        return String(line[open.upperBound..<close.lowerBound]).trimmingCharacters(in: " \t")
    }
}
