/// The ecosystem's own commands, a last resort, and only where the tool is certainly there:
/// `cargo test` (`--workspace` when the root is also a package) and `cargo fmt`, `go test ./...`
/// per module, `golangci-lint run` with its configuration, `./gradlew test|build` with a wrapper
/// (`spotlessApply` with Spotless, `bootRun` with Spring Boot), `./mvnw`, `swift test` with test
/// targets, `vendor/bin/pest`/`phpunit` or `php artisan test`, `bundle exec rspec`, and pytest
/// through the project's manager.
///
/// Defaults are withheld from a project when a command source that could define its commands
/// differently cannot be read (an empty or unreadable Makefile, justfile, Taskfile or noxfile
/// in its folder, or CI workflows of the repository): the repository then has a way of running
/// things that the facts cannot see, and the default could bypass it.
enum EcosystemDefaults {
    static func candidates(for folder: String, units: [ProjectUnit], context: CommandContext, blocked: Bool) -> [CommandCandidate] {
        guard !blocked else { return [] }
        var found: [CommandCandidate] = []
        func add(_ kind: CommandKind, _ command: String, _ evidence: Evidence) {
            found.append(CommandCandidate(folder: folder, kind: kind, command: command, evidence: evidence, source: "default", strength: .ecosystemDefault))
        }
        let tree = context.tree
        let store = context.store
        for unit in units {
            switch unit.ecosystem {
            case .rust:
                guard let cargo = store.cargo(unit.manifests[0]) else { continue }
                let evidence = Evidence(unit.manifests[0], line: cargo.table.line(of: cargo.isWorkspace ? "workspace" : "package"))
                add(.test, cargo.isWorkspace && cargo.hasPackage ? "cargo test --workspace" : "cargo test", evidence)
                add(.format, cargo.isWorkspace && cargo.hasPackage ? "cargo fmt --all" : "cargo fmt", evidence)
            case .go:
                guard store.text(unit.manifests[0]) != nil else { continue }
                add(.test, "go test ./...", Evidence(unit.manifests[0], line: 1))
                if let config = context.nearest([".golangci.yml", ".golangci.yaml", ".golangci.toml"], from: folder) {
                    add(.lint, "golangci-lint run", Evidence(config))
                }
            case .jvm:
                if tree.contains("gradlew", in: folder) {
                    let wrapper = Evidence(Paths.join(folder, "gradlew"))
                    add(.test, "./gradlew test", wrapper)
                    add(.build, "./gradlew build", wrapper)
                    if let spotless = jvmEvidence(unit, context: context, { $0 == "com.diffplug.spotless" || $0.hasPrefix("spotless-plugin") }) {
                        add(.format, "./gradlew spotlessApply", spotless)
                    }
                    if let boot = jvmEvidence(unit, context: context, { $0 == "org.springframework.boot" }) { add(.run, "./gradlew bootRun", boot) }
                } else if tree.contains("mvnw", in: folder) || tree.contains("pom.xml", in: folder) {
                    let maven = tree.contains("mvnw", in: folder) ? "./mvnw" : "mvn"
                    let evidence = Evidence(Paths.join(folder, tree.contains("mvnw", in: folder) ? "mvnw" : "pom.xml"))
                    add(.test, "\(maven) test", evidence)
                    add(.build, "\(maven) package", evidence)
                }
            case .swift:
                guard let text = store.text(unit.manifests[0]) else { continue }
                let manifest = SwiftManifest(text)
                if let line = manifest.testTargetLine { add(.test, "swift test", Evidence(unit.manifests[0], line: line)) }
                add(.build, "swift build", Evidence(unit.manifests[0], line: manifest.toolsVersion?.line))
            case .php:
                guard let text = store.text(unit.manifests[0]), let composer = ComposerJSON(text) else { continue }
                if let pest = composer.dependencies.first(where: { $0.name == "pestphp/pest" }) {
                    add(.test, "vendor/bin/pest", Evidence(unit.manifests[0], line: pest.line))
                } else if tree.contains("artisan", in: folder), composer.dependencies.contains(where: { $0.name == "laravel/framework" }) {
                    add(.test, "php artisan test", Evidence(Paths.join(folder, "artisan")))
                } else if let phpunit = composer.dependencies.first(where: { $0.name == "phpunit/phpunit" }) {
                    add(.test, "vendor/bin/phpunit", Evidence(unit.manifests[0], line: phpunit.line))
                }
                if let pint = composer.dependencies.first(where: { $0.name == "laravel/pint" }) {
                    add(.format, "vendor/bin/pint", Evidence(unit.manifests[0], line: pint.line))
                }
            case .ruby:
                guard let text = store.text(unit.manifests[0]) else { continue }
                let gems = Gemfile(text).dependencies
                if let rspec = gems.first(where: { $0.name == "rspec-rails" || $0.name == "rspec" }) {
                    add(.test, "bundle exec rspec", Evidence(unit.manifests[0], line: rspec.line))
                }
                if let rubocop = gems.first(where: { $0.name == "rubocop" || $0.name == "rubocop-rails" }) {
                    add(.lint, "bundle exec rubocop", Evidence(unit.manifests[0], line: rubocop.line))
                } else if let standard = gems.first(where: { $0.name == "standard" }) {
                    add(.lint, "bundle exec standardrb", Evidence(unit.manifests[0], line: standard.line))
                }
            case .python:
                guard PythonTools.isConfigured("pytest", project: folder, context: context) else { continue }
                let prefix = ["uv": "uv run ", "poetry": "poetry run ", "pdm": "pdm run ", "pipenv": "pipenv run "][context.managers[folder]?[.python] ?? ""] ?? ""
                add(.test, prefix + "pytest", Evidence(unit.manifests[0]))
            default:
                continue
            }
        }
        return found
    }

    private static func jvmEvidence(_ unit: ProjectUnit, context: CommandContext, _ matches: (String) -> Bool) -> Evidence? {
        var files = unit.manifests.map { ($0, false) }
        files.append((Paths.join(unit.folder, "gradle/libs.versions.toml"), true))
        for (path, isCatalogue) in files {
            guard let text = context.store.text(path) else { continue }
            let dependencies = isCatalogue ? ((try? JVMBuild.catalogueDependencies(text)) ?? []) : JVMBuild.gradleDependencies(text)
            if let found = dependencies.first(where: { matches($0.name) }) { return Evidence(path, line: found.line) }
        }
        return nil
    }

    /// Whether a command source of the project (or the repository's CI) cannot be read.
    static func isBlocked(folder: String, context: CommandContext, workflows: [String]) -> Bool {
        let runners = ["Makefile", "makefile", "GNUmakefile", "justfile", "Justfile", "Taskfile.yml", "Taskfile.yaml", "noxfile.py"]
        for name in runners where context.tree.contains(name, in: folder) && context.store.text(Paths.join(folder, name)) == nil {
            return true
        }
        return workflows.contains { context.store.text($0) == nil }
    }
}
