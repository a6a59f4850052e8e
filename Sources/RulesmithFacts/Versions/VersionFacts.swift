import RulesmithText
/// The versions that change advice, from a project's manifests and version files: language
/// (node, python, go, rust edition and toolchain, swift-tools, ruby, php, java) and framework
/// majors (next, react, vue, typescript, django, fastapi, sqlalchemy, sqlmodel, pydantic, rails,
/// laravel, spring-boot).
enum VersionFacts {
    static let javascriptPackages = ["next", "react", "vue", "typescript", "express", "svelte", "@angular/core", "vite"]
    static let pythonPackages = ["django", "fastapi", "sqlalchemy", "sqlmodel", "pydantic", "flask"]

    static func versions(of folder: String, units: [ProjectUnit], store: ManifestStore) -> [String: VersionFact] {
        var found: [String: VersionFact] = [:]
        func set(_ name: String, _ value: String?, _ evidence: Evidence) {
            guard let value, !value.isEmpty, found[name] == nil else { return }
            found[name] = VersionFact(version: value, evidence: evidence)
        }
        func file(_ name: String, key: String) {
            let path = Paths.join(folder, name)
            if let text = store.text(path), let first = TextLines(text).lines.first {
                set(key, first.trimmingCharacters(in: " \t\r"), Evidence(path, line: 1))
            }
        }
        for unit in units {
            let manifest = unit.manifests[0]
            switch unit.ecosystem {
            case .javascript:
                if let package = store.packageJSON(manifest) {
                    if let node = package.nodeEngine { set("node", node.value, Evidence(manifest, line: node.line)) }
                    for name in javascriptPackages {
                        guard let dependency = package.dependency(name) else { continue }
                        let key = name == "@angular/core" ? "angular" : name
                        if let version = dependency.version, let resolved = PnpmCatalog.resolve(version, package: name, folder: folder, store: store) {
                            set(key, resolved.version, resolved.evidence)
                        } else {
                            set(key, dependency.version, Evidence(manifest, line: dependency.line))
                        }
                    }
                }
                file(".nvmrc", key: "node")
                file(".node-version", key: "node")
            case .python:
                if let path = unit.manifest(named: "pyproject.toml"), let project = store.pyproject(path), let python = project.requiresPython {
                    set("python", python.value, Evidence(path, line: python.line))
                }
                file(".python-version", key: "python")
                let dependencies = PythonDependencies(unit: unit, store: store)
                for name in pythonPackages {
                    if let found = dependencies.runtime(name) { set(name, found.dependency.version, Evidence(found.manifest, line: found.dependency.line)) }
                }
            case .go:
                if let text = store.text(manifest), let go = GoModule(text).goVersion { set("go", go.value, Evidence(manifest, line: go.line)) }
            case .rust:
                if let cargo = store.cargo(manifest) {
                    if let edition = cargo.edition { set("rust-edition", edition.value, Evidence(manifest, line: edition.line)) }
                    if let version = cargo.rustVersion { set("rust", version.value, Evidence(manifest, line: version.line)) }
                }
                let toolchain = Paths.join(folder, "rust-toolchain.toml")
                if let text = store.text(toolchain), let table = try? TOMLReader.read(text), let channel = table.value(at: ["toolchain", "channel"])?.string {
                    set("rust-toolchain", channel, Evidence(toolchain, line: table.line(at: ["toolchain", "channel"])))
                }
                file("rust-toolchain", key: "rust-toolchain")
            case .swift:
                if let text = store.text(manifest), let tools = SwiftManifest(text).toolsVersion {
                    set("swift-tools", tools.value, Evidence(manifest, line: tools.line))
                }
            case .ruby:
                if let text = store.text(manifest) {
                    let gemfile = Gemfile(text)
                    if let ruby = gemfile.ruby { set("ruby", ruby.value, Evidence(manifest, line: ruby.line)) }
                    if let rails = gemfile.dependencies.first(where: { $0.name == "rails" }) { set("rails", rails.version, Evidence(manifest, line: rails.line)) }
                }
                file(".ruby-version", key: "ruby")
            case .php:
                if let text = store.text(manifest), let composer = ComposerJSON(text) {
                    for (name, key) in [("php", "php"), ("laravel/framework", "laravel")] {
                        if let dependency = composer.dependencies.first(where: { $0.name == name }) { set(key, dependency.version, Evidence(manifest, line: dependency.line)) }
                    }
                }
            case .jvm:
                let catalogue = Paths.join(folder, "gradle/libs.versions.toml")
                if let text = store.text(catalogue), let table = try? TOMLReader.read(text), let versions = table.table(at: ["versions"]) {
                    for (key, name) in [("spring-boot", "spring-boot"), ("springBoot", "spring-boot"), ("java", "java"), ("kotlin", "kotlin")] {
                        set(name, versions[key]?.string, Evidence(catalogue, line: versions.line(of: key)))
                    }
                }
                if let text = store.text(manifest), Paths.name(of: manifest) == "pom.xml",
                   let parent = JVMBuild.mavenDependencies(text).first(where: { $0.name == "spring-boot-starter-parent" }) {
                    set("spring-boot", parent.version, Evidence(manifest, line: parent.line))
                }
            default:
                continue
            }
        }
        file(".tool-versions", key: "tool-versions")
        if let entry = found.removeValue(forKey: "tool-versions"), let text = store.text(entry.evidence.path) {
            for (offset, line) in TextLines(text).lines.enumerated() {
                let parts = line.split(separator: " ")
                guard parts.count >= 2 else { continue }
                let key = ["nodejs": "node", "golang": "go"][String(parts[0])] ?? String(parts[0])
                set(key, String(parts[1]), Evidence(entry.evidence.path, line: offset + 1))
            }
        }
        return found
    }
}
