/// What a command line does (test, lint, format, build, typecheck, run), from its tool and
/// subcommand, through runners (`uv run`, `bundle exec`, `npx`, `python -m`) and task runners
/// (`make test`, `npm run lint`, `nox -s format`), whose task names say the kind.
enum CommandClassifier {
    /// The kind of `words` (one command, environment assignments already removed) and how
    /// close it is to the kind's own name; nil for set-up commands (`npm ci`, `pip install`).
    static func kind(of words: [String]) -> (kind: CommandKind, closeness: Int)? {
        guard let first = words.first else { return nil }
        let tool = Paths.name(of: first).lowercased()
        let rest = Array(words.dropFirst())
        let arguments = rest.filter { !$0.hasPrefix("-") }
        func task(_ name: String?) -> (CommandKind, Int)? {
            guard let name else { return nil }
            if let found = TaskNames.kind(of: name) { return found }
            return kind(of: [name])
        }
        func has(_ flags: String...) -> Bool { rest.contains { flags.contains($0) } }
        switch tool {
        case "uv", "poetry", "pdm", "hatch", "pipenv", "rye":
            guard rest.first == "run" else { return tool == "hatch" && rest.first == "test" ? (.test, 0) : nil }
            let inner = Array(rest.dropFirst().drop { $0.hasPrefix("-") })
            return inner.count == 1 ? task(inner[0].split(separator: ":").last.map(String.init)) : kind(of: inner)
        case "uvx", "npx", "bunx", "pipx":
            return kind(of: Array(rest.drop { $0.hasPrefix("-") }))
        case "bundle":
            return rest.first == "exec" ? kind(of: Array(rest.dropFirst())) : nil
        case "python", "python3", "py":
            if rest.first == "-m", rest.count > 1 { return kind(of: Array(rest.dropFirst())) }
            if let script = rest.first, Paths.name(of: script) == "manage.py" { return manageCommand(rest.dropFirst().first) }
            if let script = rest.first, script.hasSuffix(".py") { return scriptName(script) }
            return nil
        case "manage.py": return manageCommand(rest.first)
        case "coverage": return rest.first == "run" ? (.test, 1) : nil
        case "make", "gmake", "just", "task", "mage":
            var skipNext = false
            var target: String?
            for word in rest {
                if skipNext { skipNext = false; continue }
                if word == "-C" || word == "-f" || word == "--directory" || word == "--file" || word == "-d" { skipNext = true; continue }
                if word.hasPrefix("-") || word.contains("=") { continue }
                target = word
                break
            }
            guard let target else { return nil }
            return TaskNames.kind(of: target)
        case "npm", "pnpm", "yarn", "bun":
            var words = rest
            while let word = words.first, word.hasPrefix("-") || word == "exec" || word == "dlx" || word == "workspace" || word == "run" || word == "run-script" || word == "turbo" {
                if word == "workspace" { words.removeFirst(min(2, words.count)); continue }
                words.removeFirst()
            }
            guard let name = words.first else { return nil }
            if tool == "npm", rest.first == "t" || rest.first == "test" { return (.test, 0) }
            if tool == "npm", rest.first == "start" { return (.run, 0) }
            if tool == "bun", rest.first == "test" { return (.test, 1) }
            if ["install", "i", "ci", "add", "remove", "update", "upgrade", "publish", "pack", "link", "audit", "outdated", "why", "version", "init", "create", "info"].contains(name) { return nil }
            return task(name)
        case "turbo":
            return task(arguments.first == "run" ? arguments.dropFirst().first : arguments.first)
        case "nox":
            var index = 0
            while index < rest.count {
                if ["-s", "--sessions", "--session", "-rs", "-e"].contains(rest[index]), index + 1 < rest.count {
                    let session = rest[index + 1].split(separator: "-").first.map(String.init) ?? rest[index + 1]
                    return task(session)
                }
                index += 1
            }
            return nil
        case "tox":
            if let index = rest.firstIndex(of: "-e"), index + 1 < rest.count { return task(rest[index + 1]) }
            return arguments.isEmpty ? (.test, 1) : nil
        case "cargo":
            switch arguments.first {
            case "test", "nextest": return (.test, 0)
            case "clippy": return (.lint, 0)
            case "fmt": return has("--check") ? (.lint, 3) : (.format, 0)
            case "build": return (.build, 0)
            case "run": return (.run, 0)
            default: return nil
            }
        case "go":
            switch arguments.first {
            case "test": return (.test, 0)
            case "vet": return (.lint, 1)
            case "build": return (.build, 0)
            case "run": return (.run, 0)
            case "fmt": return (.format, 1)
            default: return nil
            }
        case "gofmt", "goimports", "black", "isort", "autopep8", "pint", "swift-format", "swiftformat", "rustfmt", "clang-format":
            return has("--check", "-l", "--diff") && !has("-w", "--write", "-i", "--in-place") && tool != "pint" ? (.lint, 3) : (.format, 1)
        case "golangci-lint", "flake8", "pylint", "phpstan", "psalm", "swiftlint", "tflint", "eslint", "biome", "ktlint", "stylelint":
            return has("--fix", "-a", "--write") ? (.format, 3) : (.lint, 1)
        case "rubocop", "standardrb":
            return has("-a", "-A", "--fix", "--fix-unsafely", "--autocorrect", "--autocorrect-all") ? (.format, 2) : (.lint, 1)
        case "ruff":
            if arguments.first == "format" { return has("--check", "--diff") ? (.lint, 3) : (.format, 1) }
            return arguments.first == "check" ? (.lint, 1) : nil
        case "prettier":
            return has("--write", "-w") ? (.format, 2) : has("--check", "-c") ? (.lint, 3) : nil
        case "mypy", "pyright", "tsc", "vue-tsc", "basedpyright":
            return tool == "tsc" && !has("--noEmit") ? (.build, 3) : (.typecheck, 1)
        case "pre-commit", "prek": return rest.first == "run" ? (.lint, 2) : nil
        case "pytest", "py.test", "rspec", "ctest", "jest", "vitest", "phpunit", "pest", "mocha", "ava", "playwright":
            if tool == "playwright" { return rest.first == "test" ? (.test, 3) : nil }
            return (.test, 1)
        case "rake", "rails":
            if tool == "rails", ["server", "s"].contains(arguments.first ?? "") { return (.run, 1) }
            if ["spec", "test"].contains(arguments.first ?? "") { return (.test, 1) }
            return task(arguments.first)
        case "php":
            guard rest.first == "artisan" else { return nil }
            switch rest.dropFirst().first {
            case "test": return (.test, 1)
            case "serve": return (.run, 1)
            default: return nil
            }
        case "composer": return task(arguments.first == "run-script" || arguments.first == "run" ? arguments.dropFirst().first : arguments.first)
        case "gradlew", "gradle", "mvn", "mvnw":
            guard let goal = arguments.first.map({ String($0.split(separator: ":").last ?? Substring($0)) }) else { return nil }
            switch goal {
            case "test": return (.test, 0)
            case "build", "package", "assemble", "install", "verify": return (.build, goal == "build" ? 0 : 2)
            case "spotlessApply", "ktlintFormat": return (.format, 1)
            case "spotlessCheck", "check", "lint", "ktlintCheck", "detekt": return (.lint, 1)
            case "bootRun", "run": return (.run, 1)
            default: return nil
            }
        case "swift":
            switch arguments.first {
            case "test": return (.test, 0)
            case "build": return (.build, 0)
            case "run": return (.run, 0)
            case "format": return (.format, 1)
            default: return nil
            }
        case "xcodebuild": return has("test") ? (.test, 1) : has("build") ? (.build, 1) : nil
        case "cmake":
            return rest.first == "--build" || rest.contains("-B") || rest.contains("-S") || rest.first?.hasPrefix("--preset") == true ? (.build, 1) : nil
        case "vite", "next", "react-router", "nuxt", "astro", "ng", "webpack", "rollup", "tsup", "esbuild", "parcel":
            switch arguments.first {
            case "build": return (.build, 1)
            case "lint": return (.lint, 1)
            case "dev", "start", "serve": return (.run, 1)
            case "test": return (.test, 1)
            default: return nil
            }
        case "terraform", "tofu":
            switch arguments.first {
            case "fmt": return has("-check") ? (.lint, 3) : (.format, 1)
            case "validate": return (.lint, 2)
            case "test": return (.test, 1)
            default: return nil
            }
        case "uvicorn", "gunicorn", "flask", "fastapi":
            return tool == "flask" && arguments.first != "run" ? nil : (.run, 1)
        default:
            return first.contains("/") || first.hasSuffix(".sh") ? scriptName(first) : nil
        }
    }

    /// `manage.py test` is Django's test runner; `runserver` runs the app.
    private static func manageCommand(_ subcommand: String?) -> (CommandKind, Int)? {
        switch subcommand {
        case "test": (.test, 1)
        case "runserver": (.run, 1)
        default: nil
        }
    }

    /// A script's name says its kind (`scripts/test.sh`, `./tools/lint.py`).
    private static func scriptName(_ path: String) -> (CommandKind, Int)? {
        let name = Paths.name(of: path).lowercased()
        let stem = String(name.prefix { $0 != "." })
        if let found = TaskNames.kind(of: stem) { return (found.kind, found.closeness + 2) }
        for (word, kind) in [("test", CommandKind.test), ("lint", .lint), ("format", .format), ("fmt", .format), ("build", .build)] where stem.contains(word) {
            return (kind, 4)
        }
        return nil
    }
}
