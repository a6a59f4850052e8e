/// What command sources and the verifier need to know about the repository: its projects,
/// their package managers and the files that are there.
final class CommandContext {
    let store: ManifestStore
    let units: [String: [ProjectUnit]]
    /// Project folder → the package manager of each of its ecosystems.
    let managers: [String: [Ecosystem: String]]

    init(store: ManifestStore, units: [String: [ProjectUnit]], managers: [String: [Ecosystem: String]]) {
        self.store = store
        self.units = units
        self.managers = managers
    }

    var tree: RepositoryTree { store.tree }

    /// The nearest project folder at or above `folder` that has `ecosystem` (any when nil).
    func project(containing folder: String, ecosystem: Ecosystem? = nil) -> String? {
        Paths.ancestry(of: folder).first { candidate in
            guard let found = units[candidate] else { return false }
            return ecosystem.map { wanted in found.contains { $0.ecosystem == wanted } } ?? true
        }
    }

    func unit(_ ecosystem: Ecosystem, at folder: String) -> ProjectUnit? {
        units[folder]?.first { $0.ecosystem == ecosystem }
    }

    /// The JavaScript manager that runs scripts in `folder`.
    func javascriptManager(at folder: String) -> String? { managers[folder]?[.javascript] }

    /// The file at `name` in `folder` or the nearest folder above it that has one.
    func nearest(_ names: [String], from folder: String) -> String? {
        for candidate in Paths.ancestry(of: folder) {
            for name in names where tree.contains(name, in: candidate) { return Paths.join(candidate, name) }
        }
        return nil
    }

    /// The `manage.py` files outside non-product trees.
    lazy var manageScripts: [String] = tree.files.filter {
        Paths.name(of: $0) == "manage.py" && !NonProductFolders.excludes(Paths.folder(of: $0))
    }
}
