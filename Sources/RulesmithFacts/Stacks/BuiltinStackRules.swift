/// How each built-in stack is recognised in a project, from its manifests and a few telling
/// files. Frameworks count only where the project runs on them (runtime dependencies), the
/// language stack of a JavaScript workspace belongs to its root, and a Django project is placed
/// where its `manage.py` is.
enum BuiltinStackRules {
    /// The stack IDs these rules know (the built-in templates less `base`).
    static let ids: Set<String> = [
        "c-cpp-cmake", "django", "docker-compose", "fastapi", "go", "java-spring", "kotlin-android", "kubernetes",
        "nextjs", "node-express", "php-laravel", "python", "react", "ruby-rails", "rust", "swift-package",
        "swiftui-app", "terraform", "typescript", "vapor",
    ]

    /// The stacks of one project folder.
    static func stacks(of units: [ProjectUnit], folder: String, store: ManifestStore, telling: TellingFiles) -> [StackFinding] {
        var found: [StackFinding] = []
        func add(_ id: String, _ evidence: [Evidence], at place: String? = nil) {
            guard !evidence.isEmpty else { return }
            found.append(StackFinding(folder: place ?? folder, fact: StackFact(id: id, evidence: evidence)))
        }
        for unit in units {
            switch unit.ecosystem {
            case .javascript: javascript(unit, store: store, telling: telling, add: add)
            case .python: python(unit, store: store, telling: telling, add: add)
            case .go: add("go", unit.manifests.map { Evidence($0, line: store.text($0) == nil ? nil : 1) })
            case .rust:
                let manifest = unit.manifests[0]
                let cargo = store.cargo(manifest)
                add("rust", [Evidence(manifest, line: cargo?.table.line(of: cargo?.hasPackage == true ? "package" : "workspace"))])
            case .jvm: jvm(unit, store: store, telling: telling, add: add)
            case .ruby:
                var evidence = dependencyEvidence(unit, ["rails", "railties"], store: store)
                for path in ["bin/rails", "config/application.rb"] where store.tree.contains(path: Paths.join(folder, path)) {
                    evidence.append(Evidence(Paths.join(folder, path)))
                }
                add("ruby-rails", evidence)
            case .php:
                var evidence = dependencyEvidence(unit, ["laravel/framework"], store: store)
                if store.tree.contains("artisan", in: folder) { evidence.append(Evidence(Paths.join(folder, "artisan"))) }
                add("php-laravel", evidence)
            case .swift:
                add("swift-package", [Evidence(unit.manifests[0])])
                add("vapor", dependencyEvidence(unit, ["vapor"], store: store))
            case .xcode: add("swiftui-app", unit.manifests.map { Evidence($0) })
            case .cmake: add("c-cpp-cmake", unit.manifests.map { Evidence($0) })
            case .terraform: add("terraform", [Evidence(unit.manifests[0])])
            case .compose: add("docker-compose", unit.manifests.map { Evidence($0) })
            case .kubernetes: add("kubernetes", unit.manifests.map { Evidence($0) })
            }
        }
        return found
    }

    /// TypeScript, React, Next.js and Express. An application package of a workspace gets only
    /// its frameworks: the language is the workspace root's, which also counts its library members.
    private static func javascript(_ unit: ProjectUnit, store: ManifestStore, telling: TellingFiles, add: (String, [Evidence], String?) -> Void) {
        let folder = unit.folder
        let manifest = unit.manifests[0]
        let package = store.packageJSON(manifest)
        func evidence(_ names: [String], scopes: Set<Dependency.Scope> = [.runtime, .development, .peer]) -> [Evidence] {
            guard let package else { return [] }
            return names.compactMap { name in
                package.dependency(name).flatMap { scopes.contains($0.scope) ? Evidence(manifest, line: $0.line) : nil }
            }
        }
        if unit.workspaceRoot == nil {
            var typescript: [Evidence] = []
            for member in [folder] + unit.members {
                if store.tree.contains("tsconfig.json", in: member) { typescript.append(Evidence(Paths.join(member, "tsconfig.json"))) }
                let path = Paths.join(member, "package.json")
                if let line = store.packageJSON(path)?.dependency("typescript").map(\.line) { typescript.append(Evidence(path, line: line)) }
                if typescript.count >= 2 { break }
            }
            add("typescript", typescript, nil)
        }
        add("react", evidence(["react-dom", "react-native"]), nil)
        let nextConfig = telling.paths(named: ["next.config.js", "next.config.mjs", "next.config.ts", "next.config.cjs"], in: folder)
        add("nextjs", evidence(["next"]) + nextConfig.map { Evidence($0) }, nil)
        if evidence(["electron"]).isEmpty { add("node-express", evidence(["express"], scopes: [.runtime]), nil) }
    }

    /// Python, FastAPI and Django (placed where `manage.py` is).
    private static func python(_ unit: ProjectUnit, store: ManifestStore, telling: TellingFiles, add: (String, [Evidence], String?) -> Void) {
        let folder = unit.folder
        let manifest = unit.manifests.first { !Ecosystem.isRequirements(Paths.name(of: $0)) } ?? unit.manifests[0]
        add("python", [Evidence(manifest)], nil)
        let dependencies = PythonDependencies(unit: unit, store: store)
        if let fastapi = dependencies.runtime("fastapi") { add("fastapi", [Evidence(fastapi.manifest, line: fastapi.dependency.line)], nil) }
        let django = dependencies.runtime("django").map { Evidence($0.manifest, line: $0.dependency.line) }
        let managers = telling.paths(named: ["manage.py"], under: folder, owner: folder)
        for manage in managers where django != nil || !dependencies.complete {
            add("django", [Evidence(manage)] + (django.map { [$0] } ?? []), Paths.folder(of: manage))
        }
        if managers.isEmpty, let django { add("django", [django], nil) }
    }

    /// Spring Boot and Android, from build scripts, pom.xml and the version catalogue.
    private static func jvm(_ unit: ProjectUnit, store: ManifestStore, telling: TellingFiles, add: (String, [Evidence], String?) -> Void) {
        var manifests = unit.manifests
        for member in unit.members {
            manifests += store.tree.names(in: member).filter { Ecosystem.ecosystem(ofManifest: $0) == .jvm }.map { Paths.join(member, $0) }
        }
        var dependencies: [(String, Dependency)] = []
        for path in manifests {
            guard let text = store.text(path) else { continue }
            let found = Paths.name(of: path) == "pom.xml" ? JVMBuild.mavenDependencies(text) : JVMBuild.gradleDependencies(text)
            dependencies += found.map { (path, $0) }
        }
        let catalogue = Paths.join(unit.folder, "gradle/libs.versions.toml")
        if let text = store.text(catalogue), let found = try? JVMBuild.catalogueDependencies(text) {
            dependencies += found.map { (catalogue, $0) }
        }
        func evidence(_ matches: (String) -> Bool) -> [Evidence] {
            dependencies.filter { matches($0.1.name) }.prefix(2).map { Evidence($0.0, line: $0.1.line) }
        }
        add("java-spring", evidence { $0 == "org.springframework.boot" || $0.hasPrefix("spring-boot-starter") }, nil)
        var android = evidence { $0 == "com.android.application" || $0 == "com.android.library" }
        android += telling.paths(named: ["AndroidManifest.xml"], under: unit.folder, owner: unit.folder).prefix(1).map { Evidence($0) }
        add("kotlin-android", android, nil)
    }

    private static func dependencyEvidence(_ unit: ProjectUnit, _ names: [String], store: ManifestStore) -> [Evidence] {
        let dependencies = store.dependencies(of: unit)
        return names.compactMap { name in
            dependencies.first { $0.dependency.name.lowercased() == name && $0.dependency.scope != .development }
                .map { Evidence($0.manifest, line: $0.dependency.line) }
        }
    }
}
