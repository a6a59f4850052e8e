/// Checks that a command stated somewhere can run in the repository: its tool is one the
/// repository uses, a make target or package script it names exists (or the file that would
/// define it cannot be read), and a JavaScript command uses the folder's package manager.
/// A command that fails here is dropped: a wrong command is worse than none.
enum CommandVerifier {
    static func isRunnable(_ words: [String], in folder: String, context: CommandContext) -> Bool {
        guard let first = words.first else { return false }
        let tool = Paths.name(of: first)
        let rest = Array(words.dropFirst())
        let arguments = rest.filter { !$0.hasPrefix("-") && !$0.contains("=") }
        let store = context.store
        func pythonProject() -> String? { context.project(containing: folder, ecosystem: .python) }
        func pythonTool(_ name: String) -> Bool {
            guard let project = pythonProject() else { return false }
            return PythonTools.isConfigured(name, project: project, context: context)
        }
        switch tool {
        case "make", "gmake":
            var directory = folder
            if let index = rest.firstIndex(of: "-C"), index + 1 < rest.count { directory = Paths.normalize(Paths.join(folder, rest[index + 1])) ?? folder }
            guard let makefile = ["Makefile", "makefile", "GNUmakefile"].map({ Paths.join(directory, $0) }).first(where: { context.tree.contains(path: $0) }) else { return false }
            guard let target = arguments.first(where: { $0 != rest.firstIndex(of: "-C").map { rest[$0 + 1] } }) else { return true }
            guard let text = store.text(makefile) else { return true }
            return MakefileTargets.targets(text).contains { $0.name == target }
        case "just":
            guard let justfile = ["justfile", "Justfile", ".justfile"].map({ Paths.join(folder, $0) }).first(where: { context.tree.contains(path: $0) }) else { return false }
            guard let recipe = arguments.first, let text = store.text(justfile) else { return true }
            return JustfileRecipes.recipes(text).contains { $0.name == recipe }
        case "task":
            return ["Taskfile.yml", "Taskfile.yaml", "taskfile.yml"].contains { context.tree.contains($0, in: folder) }
        case "npm", "pnpm", "yarn", "bun":
            return javascript(tool, rest, folder: folder, context: context)
        case "npx", "bunx":
            guard let name = rest.first(where: { !$0.hasPrefix("-") }), let project = context.project(containing: folder, ecosystem: .javascript) else { return false }
            return declares(name, javascriptProject: project, context: context)
        case "turbo": return context.nearest(["turbo.json"], from: folder) != nil
        case "cargo":
            return context.project(containing: folder, ecosystem: .rust) != nil || rest.contains { $0.hasPrefix("--manifest-path") }
        case "go", "gofmt": return context.project(containing: folder, ecosystem: .go) != nil
        case "goimports", "golangci-lint":
            return context.project(containing: folder, ecosystem: .go) != nil
                && (tool == "goimports" || context.nearest([".golangci.yml", ".golangci.yaml", ".golangci.toml", ".golangci.json"], from: folder) != nil)
        case "uv", "poetry", "pdm", "hatch", "pipenv":
            guard let project = pythonProject(), context.managers[project]?[.python] == tool || (tool == "hatch" && pythonTool("hatch")) else { return false }
            guard rest.first == "run", rest.count > 1 else { return rest.first == "test" && tool == "hatch" }
            let inner = Array(rest.dropFirst().drop { $0.hasPrefix("-") })
            if inner.count == 1, tool == "pdm" || tool == "hatch", PythonTaskRunners.scriptNames(tool, project: project, context: context).contains(inner[0]) { return true }
            return isRunnable(inner, in: folder, context: context)
        case "uvx", "pipx":
            return pythonProject() != nil && rest.first.map { isRunnable([$0] + rest.dropFirst(), in: folder, context: context) || pythonTool($0) } == true
        case "python", "python3":
            guard pythonProject() != nil, let script = rest.first else { return false }
            if script == "-m" { return rest.count > 1 && (pythonTool(rest[1]) || ["build", "unittest", "pip"].contains(rest[1])) }
            return context.tree.contains(path: Paths.normalize(Paths.join(folder, script)) ?? script)
        case "nox": return context.tree.contains("noxfile.py", in: pythonProject() ?? folder)
        case "tox": return pythonProject().map { PythonTools.isConfigured("tox", project: $0, context: context) } ?? false
        case "pytest", "ruff", "mypy", "pyright", "black", "isort", "flake8", "pylint", "coverage", "pre-commit":
            if tool == "pre-commit" { return context.nearest([".pre-commit-config.yaml"], from: folder) != nil }
            return pythonTool(tool)
        case "bundle": return context.project(containing: folder, ecosystem: .ruby) != nil
            && (rest.first != "exec" || rest.count > 1 && ruby(rest[1], folder: folder, context: context))
        case "rake", "rails", "rspec", "rubocop", "standardrb": return ruby(tool, folder: folder, context: context)
        case "php":
            return rest.first == "artisan" && context.tree.contains("artisan", in: folder)
        case "composer": return context.project(containing: folder, ecosystem: .php) != nil
        case "pest", "phpunit", "pint", "phpstan":
            guard first.hasPrefix("vendor/bin/") || first.hasPrefix("./vendor/bin/") else { return false }
            return php(tool, folder: folder, context: context)
        case "gradlew": return context.tree.contains("gradlew", in: folder)
        case "mvnw": return context.tree.contains("mvnw", in: folder)
        case "mvn": return context.tree.contains("pom.xml", in: folder)
        case "gradle": return context.project(containing: folder, ecosystem: .jvm) != nil
        case "swift": return context.tree.contains("Package.swift", in: folder)
        case "xcodebuild": return context.project(containing: folder, ecosystem: .xcode) != nil
        case "cmake", "ctest": return context.tree.contains("CMakeLists.txt", in: folder)
        case "terraform", "tflint", "tofu": return context.project(containing: folder, ecosystem: .terraform) != nil
        default:
            if first.contains("/") || first.hasSuffix(".sh") || first.hasSuffix(".py") {
                return context.tree.contains(path: Paths.normalize(Paths.join(folder, first)) ?? first)
            }
            // A JavaScript tool is there when a package in the folder declares it.
            if let project = context.project(containing: folder, ecosystem: .javascript) { return declares(tool, javascriptProject: project, context: context) }
            return false
        }
    }

    private static func javascript(_ tool: String, _ rest: [String], folder: String, context: CommandContext) -> Bool {
        var directory = folder
        var words = rest[...]
        var workspaceTarget: String?
        var sawWorkspaces = false
        while let word = words.first, word.hasPrefix("-") {
            words = words.dropFirst()
            if word == "--workspaces" || word == "-ws" || word == "--if-present" { sawWorkspaces = true; continue }
            for prefix in ["--workspace=", "--cwd=", "--prefix=", "--dir="] where word.hasPrefix(prefix) {
                workspaceTarget = String(word.dropFirst(prefix.count))
            }
            if ["--workspace", "-w", "--cwd", "--prefix", "-C", "--dir"].contains(word), let value = words.first {
                workspaceTarget = value
                words = words.dropFirst()
            }
        }
        // npm puts --workspace after the script too (`npm run build --workspace=packages/app`).
        for word in words where word.hasPrefix("--workspace=") { workspaceTarget = String(word.dropFirst("--workspace=".count)) }
        if words.contains("--workspaces") { sawWorkspaces = true }
        if let target = workspaceTarget { directory = Paths.normalize(Paths.join(folder, target)) ?? folder }
        guard let project = context.project(containing: directory, ecosystem: .javascript),
              context.javascriptManager(at: project) == tool || tool == "npm" && context.javascriptManager(at: project) == nil
        else { return false }
        let arguments = words.filter { !$0.hasPrefix("-") }
        guard var name = arguments.first else { return false }
        if name == "run" || name == "run-script" {
            guard arguments.count > 1 else { return false }
            name = arguments[1]
        } else if tool == "npm", !["test", "t", "start"].contains(name) {
            return false
        } else if tool == "bun", name == "test" || name == "build" {
            return true
        }
        if name == "t" { name = "test" }
        guard let package = context.store.packageJSON(Paths.join(project, "package.json")) else {
            return context.store.text(Paths.join(project, "package.json")) == nil
        }
        if package.script(name) != nil { return true }
        if sawWorkspaces, let unit = context.unit(.javascript, at: project) {
            return (unit.members + context.units.keys.filter { Paths.isInside($0, project) && $0 != project }).contains {
                context.store.packageJSON(Paths.join($0, "package.json"))?.script(name) != nil
            }
        }
        // `yarn jest`, `pnpm eslint`: a binary of a declared package.
        return tool != "npm" && package.dependency(name) != nil
    }

    private static func declares(_ name: String, javascriptProject project: String, context: CommandContext) -> Bool {
        guard let package = context.store.packageJSON(Paths.join(project, "package.json")) else { return false }
        return package.dependency(name) != nil || package.dependency("@\(name)/cli") != nil
    }

    private static func ruby(_ tool: String, folder: String, context: CommandContext) -> Bool {
        guard let project = context.project(containing: folder, ecosystem: .ruby) else { return false }
        if tool == "rake" || tool == "rails" { return true }
        guard let text = context.store.text(Paths.join(project, "Gemfile")) else { return false }
        let gems = Gemfile(text).dependencies.map(\.name)
        let wanted = ["rspec": ["rspec", "rspec-rails"], "rubocop": ["rubocop", "rubocop-rails"], "standardrb": ["standard"]][tool] ?? [tool]
        return gems.contains { wanted.contains($0) }
    }

    private static func php(_ tool: String, folder: String, context: CommandContext) -> Bool {
        guard let project = context.project(containing: folder, ecosystem: .php),
              let text = context.store.text(Paths.join(project, "composer.json")), let composer = ComposerJSON(text) else { return false }
        let packages = ["pest": "pestphp/pest", "phpunit": "phpunit/phpunit", "pint": "laravel/pint", "phpstan": "phpstan/phpstan"]
        return composer.dependencies.contains { $0.name == packages[tool] }
    }
}
