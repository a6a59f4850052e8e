/// Whether a Python tool is certainly available in a project: declared as a dependency,
/// configured in pyproject.toml (`[tool.ruff]`), or given its own configuration file.
enum PythonTools {
    static let configFiles: [String: [String]] = [
        "ruff": ["ruff.toml", ".ruff.toml"], "mypy": ["mypy.ini", ".mypy.ini"], "pytest": ["pytest.ini", "conftest.py"],
        "tox": ["tox.ini"], "flake8": [".flake8"], "pylint": [".pylintrc", "pylintrc"], "coverage": [".coveragerc"],
        "pyright": ["pyrightconfig.json"], "hatch": ["hatch.toml"], "nox": ["noxfile.py"],
    ]
    static let toolTables: [String: [String]] = [
        "pytest": ["pytest"], "tox": ["tox"], "hatch": ["hatch", "envs"],
    ]

    static func isConfigured(_ tool: String, project: String, context: CommandContext) -> Bool {
        for name in configFiles[tool] ?? [] where context.tree.contains(name, in: project) { return true }
        guard let unit = context.unit(.python, at: project) else { return false }
        if let path = unit.manifest(named: "pyproject.toml"), let pyproject = context.store.pyproject(path),
           pyproject.table.table(at: ["tool"] + (toolTables[tool] ?? [tool])) != nil {
            return true
        }
        let wanted = ManifestDependencies.normalize(tool, ecosystem: .python)
        return PythonDependencies(unit: unit, store: context.store).dependencies.contains {
            ManifestDependencies.normalize($0.dependency.name, ecosystem: .python) == wanted
        }
    }
}
