/// The package manager of each ecosystem unit, and which one leads a folder that has several.
enum PackageManagerDetector {
    /// The order in which a folder's ecosystems lead when its stacks do not decide: the
    /// application's language before the asset pipeline (composer before npm in a Laravel app).
    static let leadOrder: [Ecosystem] = [.php, .python, .jvm, .go, .rust, .swift, .ruby, .javascript, .cmake]

    /// Stack → the ecosystem whose manager it implies, for folders with several ecosystems.
    static let stackEcosystem: [String: Ecosystem] = [
        "php-laravel": .php, "ruby-rails": .ruby, "django": .python, "fastapi": .python, "python": .python,
        "java-spring": .jvm, "kotlin-android": .jvm, "go": .go, "rust": .rust, "swift-package": .swift, "vapor": .swift,
        "nextjs": .javascript, "react": .javascript, "node-express": .javascript, "typescript": .javascript,
        "c-cpp-cmake": .cmake,
    ]

    /// The leading manager and the others, for one folder's units.
    static func managers(
        of units: [ProjectUnit], stacks: [StackFact], store: ManifestStore, allUnits: [String: [ProjectUnit]]
    ) -> (lead: PackageManagerFact?, others: [PackageManagerFact]) {
        var byEcosystem: [Ecosystem: PackageManagerFact] = [:]
        for unit in units {
            if let manager = manager(of: unit, store: store, allUnits: allUnits) { byEcosystem[unit.ecosystem] = manager }
        }
        var order = stacks.compactMap { stackEcosystem[$0.id] }
        // A Gemfile beside a JavaScript app only drives CocoaPods; it leads only for Rails.
        if byEcosystem[.ruby] != nil, byEcosystem[.javascript] != nil, !stacks.contains(where: { $0.id == "ruby-rails" }) {
            order.append(.javascript)
        }
        let frameworks = order.filter { [.php, .ruby].contains($0) || stacks.isEmpty }
        let ranked = frameworks + order + leadOrder
        guard let lead = ranked.first(where: { byEcosystem[$0] != nil }) else { return (nil, []) }
        let others = leadOrder.filter { $0 != lead }.compactMap { byEcosystem[$0] }
        return (byEcosystem[lead], others)
    }

    /// The manager of one unit.
    static func manager(of unit: ProjectUnit, store: ManifestStore, allUnits: [String: [ProjectUnit]]) -> PackageManagerFact? {
        let folder = unit.folder
        let tree = store.tree
        func file(_ name: String) -> String? { tree.contains(name, in: folder) ? Paths.join(folder, name) : nil }
        switch unit.ecosystem {
        case .javascript:
            return javascript(unit, store: store, allUnits: allUnits)
        case .python:
            return python(unit, store: store, allUnits: allUnits)
        case .go: return PackageManagerFact(name: "go", evidence: Evidence(unit.manifests[0]))
        case .rust: return PackageManagerFact(name: "cargo", evidence: Evidence(unit.manifests[0]))
        case .jvm:
            if let wrapper = file("gradlew") { return PackageManagerFact(name: "gradle", evidence: Evidence(wrapper)) }
            if let wrapper = file("mvnw") { return PackageManagerFact(name: "maven", evidence: Evidence(wrapper)) }
            if let pom = unit.manifest(named: "pom.xml") { return PackageManagerFact(name: "maven", evidence: Evidence(pom)) }
            return PackageManagerFact(name: "gradle", evidence: Evidence(unit.manifests[0]))
        case .ruby: return PackageManagerFact(name: "bundler", evidence: Evidence(file("Gemfile.lock") ?? unit.manifests[0]))
        case .php: return PackageManagerFact(name: "composer", evidence: Evidence(file("composer.lock") ?? unit.manifests[0]))
        case .swift: return PackageManagerFact(name: "swiftpm", evidence: Evidence(unit.manifests[0]))
        case .cmake: return PackageManagerFact(name: "cmake", evidence: Evidence(file("CMakePresets.json") ?? unit.manifests[0]))
        case .xcode, .terraform, .compose, .kubernetes: return nil
        }
    }

    /// `packageManager` in package.json, else the lock file, else the workspace root's, else npm.
    private static func javascript(_ unit: ProjectUnit, store: ManifestStore, allUnits: [String: [ProjectUnit]]) -> PackageManagerFact? {
        let manifest = unit.manifests[0]
        if let declared = store.packageJSON(manifest)?.packageManager {
            let name = String(declared.value.prefix { $0 != "@" })
            if ["npm", "pnpm", "yarn", "bun"].contains(name) { return PackageManagerFact(name: name, evidence: Evidence(manifest, line: declared.line)) }
        }
        for folder in [unit.folder] + (unit.workspaceRoot.map { [$0] } ?? []) {
            if let lock = lockManager(in: folder, store: store) { return lock }
            if folder != unit.folder, let root = allUnits[folder]?.first(where: { $0.ecosystem == .javascript }),
               let declared = store.packageJSON(root.manifests[0])?.packageManager {
                let name = String(declared.value.prefix { $0 != "@" })
                return PackageManagerFact(name: name, evidence: Evidence(root.manifests[0], line: declared.line))
            }
        }
        return PackageManagerFact(name: "npm", evidence: Evidence(manifest))
    }

    private static func lockManager(in folder: String, store: ManifestStore) -> PackageManagerFact? {
        let locks: [(String, String)] = [
            ("pnpm-lock.yaml", "pnpm"), ("yarn.lock", "yarn"), ("bun.lock", "bun"), ("bun.lockb", "bun"),
            ("package-lock.json", "npm"), ("npm-shrinkwrap.json", "npm"),
        ]
        for (name, manager) in locks where store.tree.contains(name, in: folder) {
            return PackageManagerFact(name: manager, evidence: Evidence(Paths.join(folder, name)))
        }
        return nil
    }

    /// Lock files first (uv, poetry, pdm, pipenv), then tool tables, then the nearest Python
    /// project above with a lock (a uv workspace member), else pip. A hatchling build backend
    /// is not the hatch CLI: hatch counts only with hatch environments or hatch.toml.
    private static func python(_ unit: ProjectUnit, store: ManifestStore, allUnits: [String: [ProjectUnit]]) -> PackageManagerFact? {
        let locks: [(String, String)] = [("uv.lock", "uv"), ("poetry.lock", "poetry"), ("pdm.lock", "pdm"), ("Pipfile.lock", "pipenv"), ("Pipfile", "pipenv")]
        for folder in Paths.ancestry(of: unit.folder) {
            guard folder == unit.folder || allUnits[folder]?.contains(where: { $0.ecosystem == .python }) == true else { continue }
            for (name, manager) in locks where store.tree.contains(name, in: folder) {
                return PackageManagerFact(name: manager, evidence: Evidence(Paths.join(folder, name)))
            }
            if folder != unit.folder { continue }
            if store.tree.contains("hatch.toml", in: folder) {
                return PackageManagerFact(name: "hatch", evidence: Evidence(Paths.join(folder, "hatch.toml")))
            }
            if let path = unit.manifest(named: "pyproject.toml"), let project = store.pyproject(path) {
                for (tool, manager) in [(["tool", "poetry"], "poetry"), (["tool", "pdm"], "pdm"), (["tool", "hatch", "envs"], "hatch"), (["tool", "uv"], "uv")] {
                    if project.table.table(at: tool) != nil {
                        return PackageManagerFact(name: manager, evidence: Evidence(path, line: project.table.line(at: tool)))
                    }
                }
            }
        }
        return PackageManagerFact(name: "pip", evidence: Evidence(unit.manifests[0]))
    }
}
