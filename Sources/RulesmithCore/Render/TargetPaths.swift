extension Target {
    /// The output path without a `<name>` placeholder (`AGENTS.md`, `.github/copilot-instructions.md`).
    var sharedPath: String? {
        outputPaths.first { !$0.contains("<name>") }
    }

    /// The per-rule path for rule `id` (`.cursor/rules/<name>.mdc` → `.cursor/rules/go-errors.mdc`).
    func rulePath(_ id: String) -> String? {
        outputPaths.first { $0.contains("<name>") }.map { $0.replacing("<name>", with: id) }
    }
}
