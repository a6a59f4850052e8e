import RulesmithText
import Yams

/// Finds the projects of a repository: every folder outside the non-product trees that holds a
/// manifest, with members folded into their workspace or build (Cargo workspaces, Gradle and
/// Maven multi-module builds, CMake subdirectories, nested Terraform modules, requirements files
/// inside a Python project, library packages of a JavaScript workspace). Go modules, Python
/// packages with their own pyproject and application packages of a workspace stay projects.
enum ProjectFinder {
    /// Folder → its units, one per ecosystem.
    static func units(in store: ManifestStore) -> [String: [ProjectUnit]] {
        var byFolder: [String: [ProjectUnit]] = [:]
        var excluded: [String: Bool] = [:]
        func isExcluded(_ folder: String) -> Bool {
            if let known = excluded[folder] { return known }
            let result = !folder.isEmpty && (NonProductFolders.isNonProduct(name: Paths.name(of: folder)) || isExcluded(Paths.folder(of: folder)))
            excluded[folder] = result
            return result
        }
        for folder in store.tree.allFolders.sorted() where !isExcluded(folder) {
            let names = store.tree.names(in: folder)
            var manifests: [Ecosystem: [String]] = [:]
            for name in names {
                if let ecosystem = Ecosystem.ecosystem(ofManifest: name) { manifests[ecosystem, default: []].append(name) }
            }
            var units: [ProjectUnit] = []
            for ecosystem in Ecosystem.allCases {
                guard let found = manifests[ecosystem] else { continue }
                units.append(ProjectUnit(ecosystem: ecosystem, folder: folder, manifests: found.sorted().map { Paths.join(folder, $0) }))
            }
            // An Xcode project is an app's; a workspace alone only groups packages.
            let bundles = store.tree.subfolders(of: folder).filter { $0.hasSuffix(".xcodeproj") }.sorted()
            if !bundles.isEmpty {
                units.append(ProjectUnit(ecosystem: .xcode, folder: folder, manifests: bundles.map { Paths.join(folder, $0) }))
            }
            if !units.isEmpty { byFolder[folder] = units }
        }
        fold(&byFolder, store: store)
        return byFolder
    }

    /// Folds members into the unit above them.
    private static func fold(_ byFolder: inout [String: [ProjectUnit]], store: ManifestStore) {
        for folder in byFolder.keys.sorted(by: { $0.count > $1.count }) where !folder.isEmpty {
            guard let units = byFolder[folder] else { continue }
            var kept: [ProjectUnit] = []
            for unit in units {
                if let owner = owner(of: unit, in: byFolder, store: store) {
                    if let index = byFolder[owner]?.firstIndex(where: { $0.ecosystem == unit.ecosystem }) {
                        byFolder[owner]![index].members.append(folder)
                        byFolder[owner]![index].members += unit.members
                        byFolder[owner]![index].members.sort()
                    }
                } else {
                    kept.append(unit)
                }
            }
            byFolder[folder] = kept.isEmpty ? nil : kept
        }
        // Application packages of a JavaScript workspace remember their root (package manager).
        for (folder, units) in byFolder {
            guard let index = units.firstIndex(where: { $0.ecosystem == .javascript }) else { continue }
            for ancestor in Paths.ancestry(of: folder).dropFirst() {
                if let root = byFolder[ancestor]?.first(where: { $0.ecosystem == .javascript }),
                   workspacePatterns(of: root, store: store).map({ matches($0, folder: folder, root: ancestor) }) ?? false {
                    byFolder[folder]![index].workspaceRoot = ancestor
                    break
                }
            }
        }
    }

    /// The folder of the unit that `unit` is a member of, if any.
    private static func owner(of unit: ProjectUnit, in byFolder: [String: [ProjectUnit]], store: ManifestStore) -> String? {
        for ancestor in Paths.ancestry(of: unit.folder).dropFirst() {
            guard let above = byFolder[ancestor]?.first(where: { $0.ecosystem == unit.ecosystem }) else { continue }
            switch unit.ecosystem {
            case .jvm, .cmake, .terraform:
                return ancestor
            case .python:
                // A nested folder is a Python project of its own only with a pyproject.toml or a
                // Pipfile; requirements files, setup.py or setup.cfg there belong to the project above.
                return unit.manifests.contains { ["pyproject.toml", "Pipfile"].contains(Paths.name(of: $0)) } ? nil : ancestor
            case .rust:
                guard let manifest = above.manifest(named: "Cargo.toml"), let cargo = store.cargo(manifest), cargo.isWorkspace else { continue }
                return ancestor
            case .javascript:
                guard let patterns = workspacePatterns(of: above, store: store), matches(patterns, folder: unit.folder, root: ancestor),
                      let manifest = unit.manifest(named: "package.json"), let package = store.packageJSON(manifest)
                else { return nil }
                // A library package is part of its workspace; an application is a project of its own.
                return package.isLibrary && package.script("start") == nil ? ancestor : nil
            default:
                return nil
            }
        }
        return nil
    }

    /// The workspace globs of a JavaScript unit (package.json `workspaces` or pnpm-workspace.yaml).
    static func workspacePatterns(of unit: ProjectUnit, store: ManifestStore) -> [String]? {
        var patterns: [String] = []
        if let manifest = unit.manifest(named: "package.json"), let package = store.packageJSON(manifest) {
            patterns += package.workspaces
        }
        if let text = store.text(Paths.join(unit.folder, "pnpm-workspace.yaml")),
           let object = (try? Yams.load(yaml: text)) as? [String: Any], let list = object["packages"] as? [String] {
            patterns += list
        }
        return patterns.isEmpty ? nil : patterns
    }

    /// Whether `folder` is matched by the workspace `patterns` of the root at `root`.
    static func matches(_ patterns: [String], folder: String, root: String) -> Bool {
        let relative = root.isEmpty ? folder : String(folder.dropFirst(root.count + 1))
        var matched = false
        for raw in patterns {
            let negated = raw.hasPrefix("!")
            var pattern = negated ? String(raw.dropFirst()) : raw
            if pattern.hasPrefix("./") { pattern.removeFirst(2) }
            while pattern.hasSuffix("/") { pattern.removeLast() }
            // Workspace patterns are relative to the root: anchored even without a '/'.
            let anchored = pattern.contains("/") ? pattern : "/" + pattern
            let hit = pattern == relative || (try? PathPattern(anchored, dialect: .detection))?.matches(relative) == true
            if hit { matched = !negated }
        }
        return matched
    }
}
