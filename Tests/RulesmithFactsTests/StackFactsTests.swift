import RulesmithFacts
import Testing

/// Projects and stacks per folder, for every ecosystem, monorepos and the traps.
@Suite struct StackFactsTests {
    @Test func monorepoWithBackendFrontendAndInfra() {
        let facts = FactsFixture([
            "backend/pyproject.toml": """
                [project]
                name = "api"
                requires-python = ">=3.11"
                dependencies = [
                    "fastapi[standard]>=0.110",
                    "sqlmodel>=0.0.16",
                ]

                [dependency-groups]
                dev = ["pytest>=8", "ruff>=0.5"]
                """,
            "backend/uv.lock": "version = 1\n",
            "backend/app/main.py": "",
            "frontend/package.json": #"{"name": "web", "private": true, "scripts": {"dev": "vite", "build": "tsc -b && vite build", "lint": "eslint ."}, "dependencies": {"react": "^18.3.1", "react-dom": "^18.3.1"}, "devDependencies": {"typescript": "^5.5.0", "vite": "^5.4.0"}}"#,
            "frontend/pnpm-lock.yaml": "lockfileVersion: '9.0'\n",
            "frontend/tsconfig.json": "{}",
            "infra/main.tf": "terraform {}\n",
            "infra/modules/db/main.tf": "",
            "compose.yaml": "services: {}\n",
        ]).facts()
        #expect(facts.stackPlaces == [
            "docker-compose@.", "fastapi@backend", "python@backend", "react@frontend", "terraform@infra", "typescript@frontend",
        ])
        #expect(facts.project(at: "backend")?.stacks.first { $0.id == "fastapi" }?.evidence.map(\.description) == ["backend/pyproject.toml:4"])
        #expect(facts.manager(at: "backend") == "uv")
        #expect(facts.manager(at: "frontend") == "pnpm")
    }

    @Test func aFrameworkOnlyUnderExamplesIsNotAStack() {
        let facts = FactsFixture([
            "Cargo.toml": "[package]\nname = \"lib\"\nedition = \"2021\"\n",
            "examples/web/package.json": #"{"dependencies": {"next": "15.0.0", "react": "19.0.0", "react-dom": "19.0.0"}}"#,
            "examples/web/next.config.js": "",
            "docs/site/package.json": #"{"dependencies": {"react-dom": "19.0.0"}}"#,
            "vendor/github.com/x/go.mod": "module x\n",
            "testdata/app/Gemfile": "gem 'rails'\n",
            "tests/fixtures/pyproject.toml": "[project]\nname = \"fixture\"\ndependencies = [\"django\"]\n",
            "packages/api-tests/compose.yaml": "",
        ]).facts()
        #expect(facts.stackPlaces == ["rust@."])
    }

    @Test func javascriptWorkspaceLibrariesBelongToTheRoot() {
        let facts = FactsFixture([
            "package.json": #"{"private": true, "workspaces": ["packages/*", "apps/*"], "scripts": {"build": "turbo build"}}"#,
            "yarn.lock": "# yarn lockfile v1\n",
            "packages/ui/package.json": #"{"name": "ui", "main": "dist/index.js", "peerDependencies": {"react": "^18", "react-dom": "^18"}, "devDependencies": {"typescript": "^5.4.0"}}"#,
            "packages/ui/tsconfig.json": "{}",
            "apps/web/package.json": #"{"name": "web", "dependencies": {"next": "14.2.0", "react": "^18", "react-dom": "^18"}}"#,
            "apps/server/package.json": #"{"name": "server", "main": "dist/server.js", "scripts": {"start": "node dist/server.js"}, "dependencies": {"express": "^4.19.0"}}"#,
            "apps/desktop/package.json": #"{"name": "desktop", "private": true, "dependencies": {"electron": "30.0.0", "express": "^4"}}"#,
        ]).facts()
        #expect(facts.stackPlaces == ["nextjs@apps/web", "node-express@apps/server", "react@apps/web", "typescript@."])
        #expect(facts.project(at: "packages/ui") == nil)
        #expect(facts.manager(at: "apps/web") == "yarn")
    }

    @Test func djangoIsPlacedWhereManagePyIs() {
        let facts = FactsFixture([
            "pyproject.toml": "[project]\nname = \"site\"\n",
            "requirements.txt": "Django==5.1.2\ndjango-filter==24.3\n",
            "site/manage.py": "",
        ]).facts()
        #expect(facts.stackPlaces == ["django@site", "python@."])
        #expect(facts.manager(at: "site") == "pip")
    }

    @Test func managePyWithoutDjangoIsFlask() {
        let facts = FactsFixture([
            "requirements.txt": "Flask==3.0.3\nFlask-Migrate==4.0.7\n",
            "manage.py": "",
        ]).facts()
        #expect(facts.stackPlaces == ["python@."])
    }

    @Test func aDevelopmentOnlyFrameworkIsNotAStack() {
        let facts = FactsFixture([
            "pyproject.toml": "[project]\nname = \"lib\"\ndependencies = [\"pydantic>=2\"]\n\n[dependency-groups]\ntest = [\"fastapi\", \"django\"]\n",
        ]).facts()
        #expect(facts.stackPlaces == ["python@."])
    }

    @Test func goModulesCargoWorkspaceAndSwift() {
        let facts = FactsFixture([
            "services/a/go.mod": "module example.com/a\n\ngo 1.22\n",
            "services/b/go.mod": "module example.com/b\n\ngo 1.23\n",
            "go.work": "go 1.23\nuse ./services/a\n",
            "engine/Cargo.toml": "[workspace]\nmembers = [\"core\", \"cli\"]\nresolver = \"2\"\n",
            "engine/core/Cargo.toml": "[package]\nname = \"core\"\nedition = \"2021\"\n",
            "engine/cli/Cargo.toml": "[package]\nname = \"cli\"\nedition = \"2021\"\n",
            "server/Package.swift": "// swift-tools-version:5.9\nlet package = Package(dependencies: [.package(url: \"https://github.com/vapor/vapor.git\", from: \"4.89.0\")])\n",
            "ios/App.xcodeproj/project.pbxproj": "",
        ]).facts()
        #expect(facts.stackPlaces == ["go@services/a", "go@services/b", "rust@engine", "swift-package@server", "swiftui-app@ios", "vapor@server"])
        #expect(facts.project(at: "engine/core") == nil)
    }

    @Test func jvmRubyPhpAndCMake() {
        let facts = FactsFixture([
            "api/settings.gradle.kts": "rootProject.name = \"api\"\ninclude(\":app\")\n",
            "api/gradlew": "",
            "api/app/build.gradle.kts": "plugins {\n    id(\"org.springframework.boot\") version \"3.3.0\"\n}\n",
            "mobile/build.gradle.kts": "plugins { id(\"com.android.application\") }\n",
            "mobile/app/src/main/AndroidManifest.xml": "",
            "shop/Gemfile": "source \"https://rubygems.org\"\nruby \"3.3.4\"\ngem \"rails\", \"~> 7.2\"\n",
            "shop/bin/rails": "",
            "blog/composer.json": #"{"require": {"php": "^8.2", "laravel/framework": "^11.0"}, "require-dev": {"pestphp/pest": "^3.0"}}"#,
            "blog/artisan": "",
            "native/CMakeLists.txt": "cmake_minimum_required(VERSION 3.20)\n",
            "native/CMakePresets.json": "{}",
            "native/src/CMakeLists.txt": "",
            "legacy/pom.xml": "<project><parent><artifactId>spring-boot-starter-parent</artifactId><version>3.2.1</version></parent></project>",
        ]).facts()
        #expect(facts.stackPlaces == [
            "c-cpp-cmake@native", "java-spring@api", "java-spring@legacy", "kotlin-android@mobile", "php-laravel@blog", "ruby-rails@shop",
        ])
        #expect(facts.manager(at: "api") == "gradle")
        #expect(facts.manager(at: "legacy") == "maven")
        #expect(facts.manager(at: "native") == "cmake")
    }

    @Test func kotlinGradleWithoutAndroidIsNotAndroid() {
        let facts = FactsFixture([
            "settings.gradle.kts": "", "build.gradle.kts": "", "gradlew": "",
            "gradle/libs.versions.toml": "[versions]\nspring-boot = \"3.3.0\"\n\n[plugins]\nspring-boot = { id = \"org.springframework.boot\", version.ref = \"spring-boot\" }\n",
        ]).facts()
        #expect(facts.stackPlaces == ["java-spring@."])
        #expect(facts.project(at: ".")?.versions["spring-boot"]?.major == 3)
    }

    @Test func teamStacksAreDetectedByTheirHints() {
        let facts = FactsFixture([
            "tool.cfg": "",
            "svc/go.mod": "module x\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n)\n",
            "examples/tool.cfg": "",
        ]).facts(FactsEngine.Options(signatures: [
            StackSignature(id: "tool", files: ["tool.cfg"]),
            StackSignature(id: "go-gin", dependencies: ["go.mod": ["github.com/gin-gonic/gin"]]),
        ], builtinStacks: []))
        #expect(facts.stackPlaces == ["go-gin@svc", "tool@."])
        #expect(facts.project(at: "svc")?.stacks.first?.evidence.map(\.description) == ["svc/go.mod:4"])
    }
}
