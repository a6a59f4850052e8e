/// Dependency names of a manifest by its file name: what a stack's `detect.dependencies` hints
/// are matched against (the manifest readers do the reading).
public enum ManifestDependencies {
    /// How an ecosystem compares names: Python folds case, `_` and `.` (PEP 503); others fold case.
    public enum Ecosystem: Sendable { case plain, python }

    /// The manifest file names that `detect.dependencies` may name.
    public static let manifestNames: Set<String> = [
        "package.json", "pyproject.toml", "requirements.txt", "Gemfile", "composer.json", "go.mod",
        "Cargo.toml", "pom.xml", "build.gradle", "build.gradle.kts", "Package.swift",
    ]

    /// The dependencies of `text`, a manifest called `name` (empty for an unknown or unreadable one).
    public static func dependencies(inManifest name: String, text: String) -> [Dependency] {
        switch name {
        case "package.json": PackageJSON(text)?.dependencies ?? []
        case "composer.json": ComposerJSON(text)?.dependencies ?? []
        case "requirements.txt": Requirements.dependencies(text)
        case "pyproject.toml": (try? PyProject(text))?.dependencies ?? []
        case "Gemfile": Gemfile(text).dependencies
        case "go.mod": GoModule(text).dependencies
        case "Cargo.toml": (try? CargoManifest(text))?.dependencies ?? []
        case "pom.xml": JVMBuild.mavenDependencies(text)
        case "build.gradle", "build.gradle.kts": JVMBuild.gradleDependencies(text)
        case "Package.swift": SwiftManifest(text).dependencies
        default: []
        }
    }

    /// The normalised dependency names of a manifest.
    public static func names(inManifest name: String, text: String) -> Set<String> {
        Set(dependencies(inManifest: name, text: text).map { normalize($0.name, manifest: name) }.filter { !$0.isEmpty })
    }

    /// `name` as the manifest's ecosystem compares it.
    public static func normalize(_ name: String, manifest: String) -> String {
        normalize(name, ecosystem: manifest == "requirements.txt" || manifest == "pyproject.toml" ? .python : .plain)
    }

    public static func normalize(_ name: String, ecosystem: Ecosystem) -> String {
        let lower = name.trimmingCharacters(in: " \t").lowercased()
        guard ecosystem == .python else { return lower }
        return String(lower.map { $0 == "_" || $0 == "." ? "-" : $0 })
    }
}
