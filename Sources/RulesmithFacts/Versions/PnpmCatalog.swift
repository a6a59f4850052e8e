import Yams

/// pnpm catalogs: a dependency declared as `catalog:` (or `catalog:name`) takes its version from
/// `catalog:` (or `catalogs.name`) in the workspace's `pnpm-workspace.yaml`, the nearest one at
/// or above the project's folder.
enum PnpmCatalog {
    /// The version `reference` (`catalog:`, `catalog:react18`) stands for, with the line that
    /// declares it; nil when it is not a catalog reference or the catalog lacks the package.
    static func resolve(_ reference: String, package: String, folder: String, store: ManifestStore) -> (version: String, evidence: Evidence)? {
        guard reference.hasPrefix("catalog:") else { return nil }
        let name = String(reference.dropFirst("catalog:".count)).trimmingCharacters(in: " ")
        for candidate in Paths.ancestry(of: folder) {
            let path = Paths.join(candidate, "pnpm-workspace.yaml")
            guard let text = store.text(path) else { continue }
            guard let root = (try? Yams.compose(yaml: text))?.mapping else { return nil }
            let table: Node.Mapping?
            if name.isEmpty || name == "default" {
                table = root["catalog"]?.mapping ?? root["catalogs"]?.mapping?["default"]?.mapping
            } else {
                table = root["catalogs"]?.mapping?[Node(name)]?.mapping
            }
            guard let entry = table?[Node(package)], let version = entry.string else { return nil }
            let line = entry.mark.map { $0.line } ?? TextLines(text).line(containing: package)
            return (version, Evidence(path, line: line))
        }
        return nil
    }
}
