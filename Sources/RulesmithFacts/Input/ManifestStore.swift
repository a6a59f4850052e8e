/// Reads each file the engine asks for once and parses each manifest once; an empty file counts
/// as unknown content (`text(of:)` returns nil for it), since it states nothing.
final class ManifestStore {
    let tree: RepositoryTree
    private let contents: any FileContents
    private var texts: [String: String?] = [:]
    private var packages: [String: PackageJSON?] = [:]
    private var pyprojects: [String: PyProject?] = [:]
    private var cargos: [String: CargoManifest?] = [:]

    init(tree: RepositoryTree, contents: any FileContents) {
        self.tree = tree
        self.contents = contents
    }

    /// The text of `path`; nil when it is not in the tree, unreadable or empty.
    func text(_ path: String) -> String? {
        if let cached = texts[path] { return cached }
        var text: String?
        if tree.contains(path: path), let read = contents.text(of: path),
           !read.allSatisfy({ $0.isWhitespace }) {
            text = read
        }
        texts[path] = text
        return text
    }

    func packageJSON(_ path: String) -> PackageJSON? {
        if let cached = packages[path] { return cached }
        let parsed = text(path).flatMap { PackageJSON($0) }
        packages[path] = parsed
        return parsed
    }

    func pyproject(_ path: String) -> PyProject? {
        if let cached = pyprojects[path] { return cached }
        let parsed = text(path).flatMap { try? PyProject($0) }
        pyprojects[path] = parsed
        return parsed
    }

    func cargo(_ path: String) -> CargoManifest? {
        if let cached = cargos[path] { return cached }
        let parsed = text(path).flatMap { try? CargoManifest($0) }
        cargos[path] = parsed
        return parsed
    }

    /// The dependencies a project's manifests declare, across its ecosystems.
    func dependencies(of unit: ProjectUnit) -> [(manifest: String, dependency: Dependency)] {
        var result: [(String, Dependency)] = []
        for path in unit.manifests {
            let name = Paths.name(of: path)
            let found: [Dependency]
            switch name {
            case "package.json": found = packageJSON(path)?.dependencies ?? []
            case "pyproject.toml": found = pyproject(path)?.dependencies ?? []
            case "Cargo.toml": found = cargo(path)?.dependencies ?? []
            default:
                guard let text = text(path) else { continue }
                found = Ecosystem.isRequirements(name)
                    ? Requirements.dependencies(text) : ManifestDependencies.dependencies(inManifest: name, text: text)
            }
            result += found.map { (path, $0) }
        }
        return result
    }
}
