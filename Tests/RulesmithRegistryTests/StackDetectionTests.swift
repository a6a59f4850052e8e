import RulesmithCore
import Testing

/// Stack detection from file lists and manifests, with evidence.
@Suite struct StackDetectionTests {
    private func stack(_ id: String, files: [String] = [], dependencies: [String: [String]] = [:]) -> TemplateStack {
        TemplateStack(
            id: id, title: id, description: id, category: "language",
            detect: DetectionHints(files: files, dependencies: dependencies), file: [], sourcePath: id)
    }

    @Test func filesAndDependenciesAreEvidence() {
        let stacks = [
            stack("swift", files: ["Package.swift"]),
            stack("terraform", files: ["*.tf"]),
            stack("nextjs", files: ["next.config.*"], dependencies: ["package.json": ["next"]]),
            stack("django", dependencies: ["requirements.txt": ["Django"], "pyproject.toml": ["django"]]),
            stack("rust-tokio", dependencies: ["Cargo.toml": ["tokio"]]),
            stack("go-gin", dependencies: ["go.mod": ["github.com/gin-gonic/gin"]]),
            stack("rails", dependencies: ["Gemfile": ["rails"]]),
            stack("vapor", dependencies: ["Package.swift": ["vapor"]]),
            stack("spring", dependencies: ["build.gradle.kts": ["spring-boot-starter-web"], "pom.xml": ["spring-boot-starter"]]),
            stack("unused", files: ["nothing.here"]),
        ]
        let files = [
            "Package.swift", "infra/main.tf", "web/package.json", "web/next.config.mjs", "requirements.txt",
            "pyproject.toml", "Cargo.toml", "go.mod", "Gemfile", "app/build.gradle.kts",
        ]
        let manifests = [
            "Package.swift": """
                dependencies: [.package(url: "https://github.com/vapor/vapor.git", from: "4.0.0")],
                """,
            "web/package.json": #"{"dependencies": {"react": "19"}, "devDependencies": {"next": "15.0.0"}}"#,
            "requirements.txt": "# web\nDjango>=4.2 ; python_version > '3.8'\n-r other.txt\n",
            "pyproject.toml": "[project]\nname = \"x\"\ndependencies = [\n  \"django_rest>=1\",\n]\n",
            "Cargo.toml": "[package]\nname = \"x\"\n[dependencies]\ntokio = { version = \"1\" }\n",
            "go.mod": "module x\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n)\n",
            "Gemfile": "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\n",
            "app/build.gradle.kts": "dependencies { implementation(\"org.springframework.boot:spring-boot-starter-web:3.2.0\") }\n",
        ]
        let matches = StackDetector.detect(stacks: stacks, files: files, manifests: manifests)
        let byID = Dictionary(uniqueKeysWithValues: matches.map { ($0.stackID, $0.evidence) })
        #expect(byID["swift"] == [.file(path: "Package.swift", pattern: "Package.swift")])
        #expect(byID["terraform"] == [.file(path: "infra/main.tf", pattern: "*.tf")])
        #expect(byID["nextjs"] == [
            .file(path: "web/next.config.mjs", pattern: "next.config.*"),
            .dependency(manifest: "web/package.json", name: "next"),
        ])
        #expect(byID["django"] == [.dependency(manifest: "requirements.txt", name: "Django")])
        #expect(byID["rust-tokio"] == [.dependency(manifest: "Cargo.toml", name: "tokio")])
        #expect(byID["go-gin"] == [.dependency(manifest: "go.mod", name: "github.com/gin-gonic/gin")])
        #expect(byID["rails"] == [.dependency(manifest: "Gemfile", name: "rails")])
        #expect(byID["vapor"] == [.dependency(manifest: "Package.swift", name: "vapor")])
        #expect(byID["spring"] == [.dependency(manifest: "app/build.gradle.kts", name: "spring-boot-starter-web")])
        #expect(byID["unused"] == nil)
    }

    @Test(arguments: [
        ("*.tf", "a/b/main.tf", true), ("app/**/*.tsx", "app/x.tsx", true), ("app/**/*.tsx", "app/a/b/x.tsx", true),
        ("app/**/*.tsx", "src/app/x.tsx", false), ("app/*.ts", "app/a/x.ts", false), ("**/go.mod", "go.mod", true),
        ("next.config.?s", "next.config.js", true), ("Dockerfile", "deploy/Dockerfile", true),
    ])
    func globsMatchPaths(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(DetectionGlob.matches(pattern, path: path) == expected)
    }
}
