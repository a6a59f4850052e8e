import RulesmithFacts
import Testing

/// The package manager of each project: the declared one, then lock files, then tool tables.
@Suite struct PackageManagerTests {
    @Test(arguments: [
        (["package.json": #"{"packageManager": "pnpm@9.12.0"}"#, "package-lock.json": "{}"], "pnpm", "package.json:1"),
        (["package.json": "{}", "pnpm-lock.yaml": ""], "pnpm", "pnpm-lock.yaml"),
        (["package.json": "{}", "yarn.lock": "__metadata:\n  version: 8\n"], "yarn", "yarn.lock"),
        (["package.json": "{}", "bun.lock": "{}"], "bun", "bun.lock"),
        (["package.json": "{}", "bun.lockb": ""], "bun", "bun.lockb"),
        (["package.json": "{}", "package-lock.json": "{}"], "npm", "package-lock.json"),
        (["package.json": "{}"], "npm", "package.json"),
        (["pyproject.toml": "[project]\nname = \"x\"\n", "uv.lock": ""], "uv", "uv.lock"),
        (["pyproject.toml": "[tool.poetry]\nname = \"x\"\n", "poetry.lock": ""], "poetry", "poetry.lock"),
        (["pyproject.toml": "[project]\nname = \"x\"\n", "pdm.lock": ""], "pdm", "pdm.lock"),
        (["Pipfile": "[packages]\n", "Pipfile.lock": "{}"], "pipenv", "Pipfile.lock"),
        (["pyproject.toml": "[project]\nname = \"x\"\n\n[tool.hatch.envs.default]\ndependencies = []\n"], "hatch", "pyproject.toml:4"),
        (["pyproject.toml": "[build-system]\nbuild-backend = \"hatchling.build\"\n\n[tool.hatch.version]\npath = \"x.py\"\n"], "pip", "pyproject.toml"),
        (["requirements.txt": "flask\n"], "pip", "requirements.txt"),
        (["Cargo.toml": "[workspace]\nmembers = []\n"], "cargo", "Cargo.toml"),
        (["go.mod": "module x\n"], "go", "go.mod"),
        (["build.gradle.kts": "", "gradlew": ""], "gradle", "gradlew"),
        (["pom.xml": "<project/>", "mvnw": ""], "maven", "mvnw"),
        (["Gemfile": "gem 'rack'\n", "Gemfile.lock": ""], "bundler", "Gemfile.lock"),
        (["composer.json": "{}"], "composer", "composer.json"),
        (["Package.swift": ""], "swiftpm", "Package.swift"),
        (["CMakeLists.txt": "", "CMakePresets.json": "{}"], "cmake", "CMakePresets.json"),
    ] as [([String: String], String, String)])
    func managerFromTheRepository(_ files: [String: String], _ manager: String, _ evidence: String) {
        let project = FactsFixture(files).facts().project(at: ".")
        #expect(project?.packageManager?.name == manager)
        #expect(project?.packageManager?.evidence.description == evidence)
    }

    @Test func laravelLeadsOverItsAssetPipeline() {
        let project = FactsFixture([
            "composer.json": #"{"require": {"laravel/framework": "^11.0"}}"#, "composer.lock": "", "artisan": "",
            "package.json": #"{"scripts": {"build": "vite build"}}"#, "package-lock.json": "{}",
        ]).facts().project(at: ".")
        #expect(project?.packageManager?.name == "composer")
        #expect(project?.otherPackageManagers.map(\.name) == ["npm"])
    }

    @Test func aGemfileBesideAReactNativeAppOnlyDrivesCocoaPods() {
        let project = FactsFixture([
            "package.json": #"{"dependencies": {"react": "18.2.0", "react-native": "0.74.0"}}"#, "package-lock.json": "{}",
            "Gemfile": "gem 'cocoapods'\n",
        ]).facts().project(at: ".")
        #expect(project?.packageManager?.name == "npm")
    }

    @Test func aUvWorkspaceMemberUsesTheRootLock() {
        let facts = FactsFixture([
            "pyproject.toml": "[project]\nname = \"root\"\n\n[tool.uv.workspace]\nmembers = [\"core\"]\n", "uv.lock": "",
            "core/pyproject.toml": "[project]\nname = \"core\"\n",
        ]).facts()
        #expect(facts.manager(at: "core") == "uv")
    }
}
