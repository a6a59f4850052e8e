/// Turns a command line stated in CI or documentation into candidates: follows `cd` in a
/// chain, finds the project it is for (`--manifest-path`, `make -C`, `--workspace=`,
/// `manage.py`'s folder), classifies it and keeps it only when it can run there.
enum FreeCommands {
    static func candidates(
        _ line: String, folder: String, evidence: Evidence, source: String, strength: CommandCandidate.Strength,
        context: CommandContext, described: [CommandKind] = []
    ) -> [CommandCandidate] {
        let trimmed = line.trimmingCharacters(in: " \t\r")
        guard ShellWords.isConcrete(trimmed) else { return [] }
        var runFolder = folder
        var found: [CommandCandidate] = []
        for segment in ShellWords.chain(trimmed) {
            var words = ShellWords.split(segment)
            while let first = words.first, first.contains("=") && !first.hasPrefix("-") && !first.hasPrefix("=") || ["sudo", "time", "exec", "env"].contains(first) {
                words.removeFirst()
            }
            guard let first = words.first else { continue }
            if first == "cd" {
                guard words.count == 2, let target = Paths.normalize(Paths.join(runFolder, words[1].trimmingCharacters(in: "\"'"))) else { return found }
                runFolder = target
                continue
            }
            // A task runner's default target (`make`) says nothing of what it does; the comment
            // above it in the document does (`# Run tests and linting`).
            let kinds = CommandClassifier.kind(of: words).map { [$0] }
                ?? (isDefaultTarget(words) ? described.map { ($0, 5) } : [])
            guard !kinds.isEmpty, isGeneral(words) else { continue }
            var verifyFolder = runFolder
            var projectFolder = runFolder
            if let target = namedFolder(words, runFolder: runFolder) { projectFolder = target }
            if let manage = words.firstIndex(where: { Paths.name(of: $0) == "manage.py" }) {
                let local = Paths.normalize(Paths.join(runFolder, words[manage])) ?? words[manage]
                if !context.tree.contains(path: local), context.manageScripts.count == 1 {
                    verifyFolder = Paths.folder(of: context.manageScripts[0])
                    projectFolder = verifyFolder
                }
            }
            guard CommandVerifier.isRunnable(words, in: verifyFolder, context: context) else { continue }
            let project = context.project(containing: projectFolder) ?? ""
            let placed = manageFolder(projectFolder, context: context) ?? project
            for (kind, closeness) in kinds {
                found.append(CommandCandidate(
                    folder: placed, kind: kind, command: words.joined(separator: " "), evidence: evidence, source: source,
                    strength: strength, closeness: closeness))
            }
        }
        return found
    }

    /// Whether a command is the project's general form, not a focused or environment-bound
    /// run: no file argument (`pytest tests/test_x.py`), no test selector (`::`), no absolute
    /// path (`-o /go/bin/app`), no variables handed to a task runner (`make build service=x`), no
    /// script from a non-product folder.
    static func isGeneral(_ words: [String]) -> Bool {
        // A script kept with the benchmarks, fuzzers or tools (`bench/lint.sh`) is not the project's command.
        // Installed tools (`vendor/bin/pest`, `node_modules/.bin/jest`) are the project's own.
        if let first = words.first, first.contains("/"), let script = Paths.normalize(first) {
            let folder = Paths.folder(of: script)
            let toolFolders: Set<String> = ["vendor/bin", "node_modules/.bin", ".venv/bin", "venv/bin", "bin"]
            if !toolFolders.contains(folder), NonProductFolders.excludes(folder) { return false }
        }
        let interpreters: Set<String> = ["python", "python3", "node", "ruby", "php", "bash", "sh", "deno", "bun", "tsx"]
        let sourceExtensions = [".py", ".js", ".ts", ".mjs", ".cjs", ".rb", ".go", ".rs", ".php", ".swift", ".java", ".kt", ".tsx", ".jsx"]
        for (index, word) in words.enumerated() where index > 0 {
            if word.hasPrefix("/") || word.contains("::") { return false }
            if sourceExtensions.contains(where: { word.hasSuffix($0) }), !(index == 1 && interpreters.contains(words[0])) { return false }
            if ["make", "gmake", "just", "task"].contains(words[0]), word.contains("="), !word.hasPrefix("-") { return false }
        }
        return true
    }

    /// A task runner run without a target: it runs the default one.
    static func isDefaultTarget(_ words: [String]) -> Bool {
        words.count == 1 && ["make", "gmake", "just", "task"].contains(words[0])
    }

    /// A Django project folder (`manage.py` there) is a project of its own in the facts.
    private static func manageFolder(_ folder: String, context: CommandContext) -> String? {
        context.tree.contains("manage.py", in: folder) && !NonProductFolders.excludes(folder) ? folder : nil
    }

    /// The folder a root-level command names: `--manifest-path x/Cargo.toml`, `make -C x`,
    /// `yarn --cwd x`, `npm --workspace=x`, `pnpm -C x`.
    static func namedFolder(_ words: [String], runFolder: String) -> String? {
        var index = 0
        while index < words.count {
            let word = words[index]
            var value: String?
            for prefix in ["--manifest-path=", "--workspace=", "--cwd=", "--prefix=", "--dir=", "--directory="] where word.hasPrefix(prefix) {
                value = String(word.dropFirst(prefix.count))
            }
            if value == nil, ["--manifest-path", "-C", "--cwd", "--workspace", "--prefix", "--dir", "--directory"].contains(word), index + 1 < words.count {
                value = words[index + 1]
            }
            if var value {
                if value.hasSuffix(".toml") || value.hasSuffix(".json") { value = Paths.folder(of: value) }
                return Paths.normalize(Paths.join(runFolder, value))
            }
            index += 1
        }
        return nil
    }
}
