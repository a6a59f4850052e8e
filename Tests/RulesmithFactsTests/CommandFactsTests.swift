import RulesmithFacts
import Testing

/// Commands per project from every source, strongest first, never one that does not exist.
@Suite struct CommandFactsTests {
    @Test(arguments: [("npm", "package-lock.json", "npm test", "npm run lint"), ("pnpm", "pnpm-lock.yaml", "pnpm test", "pnpm lint"),
                      ("yarn", "yarn.lock", "yarn test", "yarn lint"), ("bun", "bun.lock", "bun run test", "bun run lint")])
    func packageScriptsAreSpelledWithTheManager(_ manager: String, _ lock: String, _ test: String, _ lint: String) {
        let facts = FactsFixture([
            "package.json": #"{"scripts": {"test": "vitest run", "lint": "eslint .", "build": "vite build", "dev": "vite"}}"#, lock: "",
        ]).facts()
        #expect(facts.command(.test) == test)
        #expect(facts.command(.lint) == lint)
        #expect(facts.command(.build) == (manager == "npm" || manager == "bun" ? "\(manager) run build" : "\(manager) build"))
        #expect(facts.project(at: ".")?.commands[.test]?.evidence.description == "package.json:1")
    }

    @Test func noTestScriptMeansNoTestCommand() {
        let facts = FactsFixture([
            "package.json": """
                {
                  "scripts": {
                    "dev": "next dev",
                    "build": "next build",
                    "lint": "next lint"
                  },
                  "dependencies": {"next": "13.5.6", "react": "18.2.0", "react-dom": "18.2.0"}
                }
                """,
            "pnpm-lock.yaml": "",
            "README.md": "Run the tests:\n\n```sh\nnpm test\npnpm test\n```\n",
        ]).facts()
        #expect(facts.command(.test) == nil)
        #expect(facts.command(.lint) == "pnpm lint")
        #expect(facts.project(at: ".")?.commands[.lint]?.evidence.description == "package.json:5")
        #expect(facts.project(at: ".")?.versions["next"]?.major == 13)
    }

    @Test func aMakefileWithoutALintTargetGivesNoMakeLint() {
        let facts = FactsFixture([
            "go.mod": "module example.com/svc\n\ngo 1.22\n",
            "Makefile": ".PHONY: test build\n\nVERSION := 1.0\n\ntest:\n\tgo test -race ./...\n\nbuild: generate\n\tgo build ./cmd/svc\n",
            "README.md": "```bash\nmake lint\nmake test\n```\n",
        ]).facts()
        #expect(facts.command(.test) == "make test")
        #expect(facts.project(at: ".")?.commands[.test]?.evidence.description == "Makefile:5")
        #expect(facts.command(.build) == "make build")
        #expect(facts.command(.lint) == nil)
    }

    @Test func continuousIntegrationIsTheStrongestSource() {
        let facts = FactsFixture([
            "Cargo.toml": "[workspace]\nmembers = [\"crates/*\"]\n",
            ".github/workflows/ci.yml": """
                name: CI
                on: [push, pull_request]
                jobs:
                  check:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: cargo fmt --all --check
                      - run: cargo clippy --workspace --all-targets -- -D warnings
                      - name: Test
                        run: |
                          cargo build --locked
                          cargo test --workspace --all-features
                      - run: cargo test --target ${{ matrix.target }}
                """,
            "justfile": "test:\n    cargo nextest run\n",
        ]).facts()
        #expect(facts.command(.test) == "cargo test --workspace --all-features")
        #expect(facts.project(at: ".")?.commands[.test]?.evidence.description == ".github/workflows/ci.yml:13")
        #expect(facts.command(.lint) == "cargo clippy --workspace --all-targets -- -D warnings")
        #expect(facts.command(.build) == "cargo build --locked")
        #expect(facts.command(.format) == "cargo fmt")
    }

    @Test func workingDirectoryAndGitLabScripts() {
        let facts = FactsFixture([
            "web/package.json": #"{"scripts": {"test": "jest"}}"#, "web/yarn.lock": "",
            "api/go.mod": "module api\n",
            ".github/workflows/web.yml": "jobs:\n  web:\n    defaults:\n      run:\n        working-directory: web\n    steps:\n      - run: yarn install --frozen-lockfile\n      - run: yarn test --ci\n",
            ".gitlab-ci.yml": "stages: [test]\napi-test:\n  stage: test\n  script:\n    - cd api && go test -race ./...\n",
        ]).facts()
        #expect(facts.command(.test, at: "web") == "yarn test --ci")
        #expect(facts.command(.test, at: "api") == "go test -race ./...")
        #expect(facts.project(at: "api")?.commands[.test]?.source == "gitlab-ci")
    }

    @Test func justfileTaskfileToxNoxHatchAndPreCommit() {
        let just = FactsFixture(["Cargo.toml": "[package]\nname = \"x\"\n", "justfile": "set dotenv-load\n\n# run tests\ntest *args:\n    cargo test {{args}}\n\n@lint:\n    cargo clippy\n"]).facts()
        #expect(just.command(.test) == "just test")
        #expect(just.command(.lint) == "just lint")
        let task = FactsFixture(["go.mod": "module x\n", "Taskfile.yml": "version: '3'\ntasks:\n  build:\n    cmds: [go build ./...]\n  test:\n    cmds: [go test ./...]\n"]).facts()
        #expect(task.command(.test) == "task test")
        #expect(task.project(at: ".")?.commands[.test]?.evidence.description == "Taskfile.yml:5")
        let tox = FactsFixture(["setup.cfg": "[metadata]\nname = x\n", "tox.ini": "[tox]\nenvlist = py311, py312, lint\n\n[testenv:lint]\ncommands = ruff check .\n"]).facts()
        #expect(tox.command(.test) == "tox")
        #expect(tox.command(.lint) == "tox -e lint")
        let nox = FactsFixture(["pyproject.toml": "[project]\nname = \"x\"\n", "noxfile.py": "import nox\n\n@nox.session(python=[\"3.12\"])\ndef tests(session):\n    session.run(\"pytest\")\n\n@nox.session(name=\"format\")\ndef fmt(session):\n    pass\n"]).facts()
        #expect(nox.command(.test) == "nox -s tests")
        #expect(nox.command(.format) == "nox -s format")
        let hatch = FactsFixture(["pyproject.toml": "[project]\nname = \"x\"\n\n[tool.hatch.envs.default.scripts]\ntest = \"pytest {args}\"\n\n[tool.hatch.envs.lint.scripts]\ncheck = \"ruff check .\"\n"]).facts()
        #expect(hatch.command(.test) == "hatch run test")
        #expect(hatch.command(.lint) == "hatch run lint:check")
        let pdm = FactsFixture(["pyproject.toml": "[project]\nname = \"x\"\n\n[tool.pdm.scripts]\nlint = \"ruff check\"\n", "pdm.lock": ""]).facts()
        #expect(pdm.command(.lint) == "pdm run lint")
        let preCommit = FactsFixture(["pyproject.toml": "[project]\nname = \"x\"\n", ".pre-commit-config.yaml": "repos: []\n"]).facts()
        #expect(preCommit.command(.lint) == "pre-commit run --all-files")
    }

    @Test func readmeAndContributingCodeBlocks() {
        let facts = FactsFixture([
            "pyproject.toml": "[project]\nname = \"x\"\n\n[tool.ruff]\nline-length = 100\n\n[dependency-groups]\ndev = [\"pytest\", \"mypy\"]\n",
            "uv.lock": "",
            "CONTRIBUTING.md": """
                # Contributing

                ```console
                $ uv sync
                $ uv run pytest
                collected 12 items
                $ uv run mypy src
                ```

                Format with `uv run ruff format .` before you push.

                ```bash
                pytest tests/test_one.py   # a single file: not the suite
                npm run lint                # no package.json: not this repository's
                ```
                """,
            "docs/development.rst": "Linting::\n\n    $ uv run ruff check .\n\n",
        ]).facts()
        #expect(facts.command(.test) == "uv run pytest")
        #expect(facts.project(at: ".")?.commands[.test]?.evidence.description == "CONTRIBUTING.md:5")
        #expect(facts.command(.typecheck) == "uv run mypy src")
        #expect(facts.command(.format) == "uv run ruff format .")
        #expect(facts.command(.lint) == "uv run ruff check .")
    }

    @Test func aTestTreeReadmeStatesTheTestCommandOnly() {
        let facts = FactsFixture([
            "api/pyproject.toml": "[project]\nname = \"api\"\n", "api/pytest.ini": "",
            "api/app/tests/README.md": """
                # Tests

                ```bash
                python -m pytest
                python -m pytest app/tests/unit/
                ruff check .
                ```
                """,
            "web/package.json": "{\"name\": \"web\", \"scripts\": {}}",
            "web/tests/README.md": "```sh\npython -m pytest\n```\n",
        ]).facts()
        // Run from the project, not the README's folder; a lint line there is not the project's.
        #expect(facts.command(.test, at: "api") == "python -m pytest")
        #expect(facts.project(at: "api")?.commands[.test]?.evidence.description == "api/app/tests/README.md:4")
        #expect(facts.command(.lint, at: "api") == nil)
        // Still only a command that can run there: no pytest in a JavaScript project.
        #expect(facts.command(.test, at: "web") == nil)
    }

    @Test func aReadmeDeeperInTheTestTreeStatesTheWholeSuiteOnly() {
        let gemfile = "source \"https://rubygems.org\"\ngem \"rails\", \"~> 8.0\"\n\ngroup :test do\n  gem \"rspec-rails\"\nend\n"
        let facts = FactsFixture([
            "Gemfile": gemfile,
            "Makefile": "",
            "spec/slow/README.md": "Tests in this folder do not run as part of the regular suite with\n`bundle exec rspec`. Run them with `bundle exec rspec spec/slow`.\n",
        ]).facts()
        // The Makefile cannot be read, so no default: the README is the evidence.
        #expect(facts.command(.test) == "bundle exec rspec")
        #expect(facts.project(at: ".")?.commands[.test]?.evidence.description == "spec/slow/README.md:2")
        // A run of its own corner (a path) is never the project's test command.
        let focused = FactsFixture([
            "Gemfile": gemfile, "Makefile": "",
            "spec/slow/README.md": "Run these with `bundle exec rspec spec/slow`.\n",
        ]).facts()
        #expect(focused.command(.test) == nil)
    }

    @Test func aBareMakeTakesItsKindFromTheCommentAboveIt() {
        let facts = FactsFixture([
            "pyproject.toml": "[project]\nname = \"lib\"\n",
            "uv.lock": "version = 1\n",
            "Makefile": "",
            "CONTRIBUTING.md": """
                ```bash
                # Run automated code formatting
                make format

                # Run tests and linting
                make
                # There are sub-commands too, see `make help`.
                ```

                ```bash
                make
                ```
                """,
        ]).facts()
        #expect(facts.command(.format) == "make format")
        #expect(facts.command(.test) == "make" && facts.command(.lint) == "make")
        #expect(facts.project(at: ".")?.commands[.test]?.evidence.description == "CONTRIBUTING.md:6")
        // Without a comment saying what it does, the default target is no command of any kind.
        let silent = FactsFixture([
            "pyproject.toml": "[project]\nname = \"lib\"\n", "uv.lock": "version = 1\n", "Makefile": "",
            "README.md": "```bash\n# Set up\nmake\n```\n",
        ]).facts()
        #expect(silent.command(.test) == nil && silent.command(.build) == nil)
    }

    @Test func aDevelopmentBuildTargetIsABuild() {
        let facts = FactsFixture([
            "Cargo.toml": "[package]\nname = \"core\"\n",
            "Makefile": ".PHONY: build-dev\nbuild-dev:\n\tmaturin develop\n",
            "README.md": "```bash\nmake build-dev\n```\n",
        ]).facts()
        #expect(facts.command(.build) == "make build-dev")
    }

    @Test func defaultsOnlyWhereTheToolIsCertain() {
        let gradle = FactsFixture([
            "settings.gradle.kts": "", "gradlew": "",
            "build.gradle.kts": "plugins {\n    id(\"org.springframework.boot\") version \"3.3.0\"\n    id(\"com.diffplug.spotless\") version \"6.25.0\"\n}\n",
        ]).facts()
        #expect(gradle.command(.test) == "./gradlew test")
        #expect(gradle.command(.format) == "./gradlew spotlessApply")
        #expect(gradle.command(.run) == "./gradlew bootRun")
        let cargo = FactsFixture(["Cargo.toml": "[package]\nname = \"a\"\n\n[workspace]\nmembers = [\"b\"]\n", "b/Cargo.toml": "[package]\nname = \"b\"\n"]).facts()
        #expect(cargo.command(.test) == "cargo test --workspace")
        let go = FactsFixture(["a/go.mod": "module a\n", "b/go.mod": "module b\n"]).facts()
        #expect(go.command(.test, at: "a") == "go test ./...")
        #expect(go.command(.test, at: "b") == "go test ./...")
        let laravel = FactsFixture(["composer.json": #"{"require": {"laravel/framework": "^11"}}"#, "artisan": ""]).facts()
        #expect(laravel.command(.test) == "php artisan test")
        let rails = FactsFixture(["Gemfile": "gem 'rails'\ngroup :test do\n  gem 'rspec-rails'\nend\n"]).facts()
        #expect(rails.command(.test) == "bundle exec rspec")
        let swift = FactsFixture(["Package.swift": "// swift-tools-version:6.0\nlet package = Package(targets: [.testTarget(name: \"T\")])\n"]).facts()
        #expect(swift.command(.test) == "swift test")
        let emptyPackage = FactsFixture(["Package.swift": ""]).facts()
        #expect(emptyPackage.command(.test) == nil)
    }

    @Test func anUnreadableCommandSourceWithholdsTheDefaults() {
        let facts = FactsFixture(["go.mod": "module x\n", "Makefile": "", ".github/workflows/ci.yml": ""]).facts()
        #expect(facts.command(.test) == nil)
    }

    @Test func aCommandForAnotherPackageManagerIsDropped() {
        let facts = FactsFixture([
            "package.json": #"{"scripts": {"test": "vitest"}}"#, "pnpm-lock.yaml": "",
            ".github/workflows/ci.yml": "jobs:\n  t:\n    steps:\n      - run: npm test\n",
        ]).facts()
        #expect(facts.command(.test) == "pnpm test")
    }
}

/// Scripts: a project's own are commands, those of its benchmarks and tools are not.
@Suite struct ScriptCommandTests {
    @Test func scriptsOutsideTheProductAreNotItsCommands() {
        let facts = FactsFixture([
            "Package.swift": "// swift-tools-version:6.0\n",
            "bench/lint.sh": "", "scripts/test.sh": "", "manage.py": "", "requirements.txt": "django\n",
            "README.md": "```sh\nbench/lint.sh\n./scripts/test.sh\n./manage.py runserver\n```\n",
        ]).facts()
        #expect(facts.command(.lint) == nil)
        #expect(facts.command(.test) == "./scripts/test.sh")
        #expect(facts.command(.run) == "./manage.py runserver")
    }
}

/// Maintainer-written agent instructions state commands too; rulesmith's own generated files do
/// not count, and pnpm catalog versions resolve through pnpm-workspace.yaml.
@Suite struct AgentInstructionFactsTests {
    static let package = #"{"name": "x", "dependencies": {"react": "catalog:", "next": "catalog:next15"}}"#

    @Test func aHandWrittenAgentsFileIsACommandSource() {
        let facts = FactsFixture([
            "pyproject.toml": "[project]\nname = \"x\"\n\n[dependency-groups]\ndev = [\"ruff>=0.5\"]\n",
            "uv.lock": "",
            "AGENTS.md": "# Agents\n\nRun the linter:\n\n```sh\nuv run ruff check .\n```\n",
        ]).facts()
        #expect(facts.project(at: ".")?.commands[.lint]?.evidence.description == "AGENTS.md:6", "\(facts)")
        #expect(facts.project(at: ".")?.commands[.lint]?.source == "agent-instructions")
    }

    @Test func inlineCommandsOfAnAgentsFileDoNotCount() {
        // Agent files quote commands inline mostly to forbid them.
        let facts = FactsFixture([
            "pyproject.toml": "[project]\nname = \"x\"\n\n[dependency-groups]\ndev = [\"ruff>=0.5\"]\n",
            "uv.lock": "",
            "AGENTS.md": "# Agents\n\n- **No `uv run ruff format .`** on existing files.\n",
        ]).facts()
        #expect(facts.project(at: ".")?.commands[.format]?.source != "agent-instructions")
    }

    @Test func aGeneratedAgentsFileIsNot() {
        let facts = FactsFixture([
            "pyproject.toml": "[project]\nname = \"x\"\n\n[dependency-groups]\ndev = [\"ruff>=0.5\"]\n",
            "uv.lock": "",
            "AGENTS.md": "<!-- Generated by rulesmith from base, python. Hand edits: run rulesmith adopt on this file before committing; check fails until then. -->\n\n```sh\nuv run ruff check .\n```\n",
        ]).facts()
        #expect(facts.project(at: ".")?.commands[.lint]?.source != "agent-instructions")
    }

    @Test func catalogVersionsResolveThroughTheWorkspace() {
        let facts = FactsFixture([
            "package.json": Self.package,
            "pnpm-lock.yaml": "",
            "pnpm-workspace.yaml": "packages: []\ncatalog:\n  react: ^18.3.1\ncatalogs:\n  next15:\n    next: ^15.1.0\n",
        ]).facts()
        let versions = facts.project(at: ".")?.versions
        #expect(versions?["react"]?.version == "^18.3.1" && versions?["react"]?.evidence.description == "pnpm-workspace.yaml:3")
        #expect(versions?["next"]?.major == 15)
    }
}
