/// The dependencies of a Python project across its pyproject.toml and requirements files,
/// following `-r` includes, and whether all of them could be read.
struct PythonDependencies {
    var dependencies: [(manifest: String, dependency: Dependency)] = []
    /// False when a manifest or an included requirements file is empty or unreadable: then a
    /// missing dependency proves nothing.
    var complete = true

    init(unit: ProjectUnit, store: ManifestStore) {
        var queue = unit.manifests.filter { Ecosystem.isRequirements(Paths.name(of: $0)) || Paths.name(of: $0) == "pyproject.toml" }
        for member in unit.members {
            queue += store.tree.names(in: member).filter(Ecosystem.isRequirements).map { Paths.join(member, $0) }
        }
        var seen = Set<String>()
        while let path = queue.first, seen.count < 64 {
            queue.removeFirst()
            guard seen.insert(path).inserted else { continue }
            if Paths.name(of: path) == "pyproject.toml" {
                guard let project = store.pyproject(path) else { complete = false; continue }
                dependencies += project.dependencies.map { (path, $0) }
                continue
            }
            guard let text = store.text(path) else { complete = false; continue }
            dependencies += Requirements.dependencies(text).map { (path, $0) }
            for include in Requirements.includes(text) {
                guard let target = Paths.normalize(Paths.join(Paths.folder(of: path), include)) else { continue }
                queue.append(target)
            }
        }
    }

    /// The first dependency called `name` (PEP 503 comparison) outside development groups.
    func runtime(_ name: String) -> (manifest: String, dependency: Dependency)? {
        let wanted = ManifestDependencies.normalize(name, ecosystem: .python)
        return dependencies.first {
            $0.dependency.scope != .development && ManifestDependencies.normalize($0.dependency.name, ecosystem: .python) == wanted
        }
    }
}
