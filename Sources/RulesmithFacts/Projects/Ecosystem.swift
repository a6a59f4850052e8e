/// A family of manifests: each folder holding one of its manifests is (part of) a project.
public enum Ecosystem: String, Sendable, Hashable, CaseIterable {
    case javascript, python, go, rust, jvm, ruby, php, swift, xcode, cmake, terraform, compose, kubernetes

    /// The ecosystem whose manifest a file name is, if any.
    static func ecosystem(ofManifest name: String) -> Ecosystem? {
        switch name {
        case "package.json": .javascript
        case "pyproject.toml", "setup.py", "setup.cfg", "Pipfile": .python
        case "go.mod": .go
        case "Cargo.toml": .rust
        case "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts": .jvm
        case "Gemfile": .ruby
        case "composer.json": .php
        case "Package.swift": .swift
        case "CMakeLists.txt": .cmake
        case "Chart.yaml", "kustomization.yaml", "kustomization.yml", "helmfile.yaml", "skaffold.yaml": .kubernetes
        default:
            if isRequirements(name) { .python } else if name.hasSuffix(".tf") { .terraform } else if isCompose(name) { .compose } else { nil }
        }
    }

    /// `requirements.txt`, `requirements-dev.txt`, `requirements_test.txt`.
    static func isRequirements(_ name: String) -> Bool { name.hasPrefix("requirements") && name.hasSuffix(".txt") }

    /// `compose.yaml`, `docker-compose.yml`, `docker-compose-local.yml`, `compose.override.yaml`.
    static func isCompose(_ name: String) -> Bool {
        guard name.hasSuffix(".yml") || name.hasSuffix(".yaml") else { return false }
        return name.hasPrefix("docker-compose") || name.hasPrefix("compose.") || name == "compose.yaml" || name == "compose.yml"
    }
}
