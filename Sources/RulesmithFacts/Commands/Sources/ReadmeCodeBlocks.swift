import Foundation

/// Commands in the shell code blocks of README and CONTRIBUTING files (Markdown fences and
/// reStructuredText `::` blocks) and of the developer docs (`docs/contributing*`,
/// `docs/development*`), run from the folder of the README (the root for docs/ and .github/).
enum ReadmeCodeBlocks {
    static let shellLanguages: Set<String> = ["", "sh", "bash", "shell", "console", "zsh", "shell-session", "sh-session", "terminal", "shellsession", "fish"]
    static let extensions: Set<String> = ["", "md", "markdown", "rst", "txt", "adoc"]

    /// The documents to read, with the folder their commands run from.
    static func documents(projectFolders: [String], tree: RepositoryTree) -> [(path: String, folder: String)] {
        var result: [(String, String)] = []
        func isDocument(_ name: String, prefixes: [String]) -> Bool {
            let lower = name.lowercased()
            let ext = lower.contains(".") ? String(lower.split(separator: ".").last!) : ""
            return prefixes.contains { lower.hasPrefix($0) } && extensions.contains(ext)
        }
        for folder in Set([""] + projectFolders).sorted() {
            for name in tree.names(in: folder).sorted() where isDocument(name, prefixes: ["readme", "contributing"]) {
                result.append((Paths.join(folder, name), folder))
            }
            // Maintainers state their commands for agents too (never our own generated files,
            // which `handWritten` drops).
            for name in tree.names(in: folder).sorted() where agentFileNames.contains(name.lowercased()) {
                result.append((Paths.join(folder, name), folder))
            }
        }
        if tree.contains(path: ".github/copilot-instructions.md") { result.append((".github/copilot-instructions.md", "")) }
        for folder in [".github", "docs", "doc"] {
            for name in tree.names(in: folder).sorted() where isDocument(name, prefixes: ["contributing", "development"]) {
                result.append((Paths.join(folder, name), ""))
            }
        }
        for folder in ["docs/development", "docs/contributing"] {
            for name in tree.names(in: folder).sorted() where isDocument(name, prefixes: [""]) {
                result.append((Paths.join(folder, name), ""))
            }
        }
        return result
    }

    /// Folders whose README says how to run the project's tests.
    static let testFolderNames: Set<String> = ["test", "tests", "__tests__", "spec"]

    /// READMEs of a project's own test trees (`tests/README.md`, `app/tests/README.md`, and
    /// `spec/slow/README.md` inside one; at most three folders down, never inside another
    /// project), with the project folder: they say how to run the project's tests, from the
    /// project (`python -m pytest app/tests/unit/`). `nested` marks a README below the test
    /// tree's top, which speaks for its own corner of the tests.
    static func testDocuments(projectFolders: [String], tree: RepositoryTree) -> [(path: String, folder: String, nested: Bool)] {
        let projects = Set(projectFolders)
        var result: [(String, String, Bool)] = []
        for project in Set([""] + projectFolders).sorted() {
            var level = [(folder: project, inTests: false)]
            for _ in 0..<3 {
                var next: [(folder: String, inTests: Bool)] = []
                for (folder, inTests) in level {
                    for name in tree.subfolders(of: folder).sorted() where !name.hasPrefix(".") && name != "node_modules" {
                        let child = Paths.join(folder, name)
                        guard !projects.contains(child) else { continue }
                        let isTestTree = testFolderNames.contains(name.lowercased())
                        next.append((child, inTests || isTestTree))
                        guard inTests || isTestTree else { continue }
                        for file in tree.names(in: child).sorted() where file.lowercased().hasPrefix("readme") {
                            let lower = file.lowercased()
                            let ext = lower.contains(".") ? String(lower.split(separator: ".").last!) : ""
                            if extensions.contains(ext) { result.append((Paths.join(child, file), project, inTests)) }
                        }
                    }
                }
                level = next
            }
        }
        return result
    }

    /// Shell command lines of a document with their 1-based lines, each with the comment lines
    /// right above it in its block (`# Run tests and linting` over `make`), which say what a
    /// command that does not name its task does.
    static func commandLines(_ text: String, restructuredText: Bool) -> [(line: Int, command: String, comment: String)] {
        let lines = TextLines(text).lines
        var result: [(Int, String, String)] = []
        var block: [(Int, String)] = []
        func flush() {
            let prompted = block.contains { $0.1.trimmingCharacters(in: " \t").hasPrefix("$ ") }
            var pending: (Int, String)?
            var comment: [String] = []
            var pendingComment = ""
            for (number, raw) in block {
                var line = raw.trimmingCharacters(in: " \t\r")
                if prompted {
                    guard pending != nil || line.hasPrefix("$ ") else { continue }
                    if line.hasPrefix("$ ") { line.removeFirst(2) }
                } else if line.hasPrefix("$ ") || line.hasPrefix("% ") || line.hasPrefix("> ") {
                    line.removeFirst(2)
                }
                if line.isEmpty || line.hasPrefix("#") {
                    if line.isEmpty || pending != nil { comment = [] }
                    if line.hasPrefix("#") { comment.append(String(line.drop { $0 == "#" || $0 == " " })) }
                    pending = nil
                    continue
                }
                if let comment = line.range(of: " #") { line = String(line[..<comment.lowerBound]).trimmingCharacters(in: " \t") }
                if var open = pending {
                    open.1 += " " + line
                    pending = open
                } else {
                    pending = (number, line)
                    pendingComment = comment.joined(separator: " ")
                    comment = []
                }
                if line.hasSuffix("\\") {
                    pending?.1.removeLast()
                    continue
                }
                if let done = pending { result.append((done.0, ShellWords.collapse(done.1), pendingComment)) }
                pending = nil
            }
            block = []
        }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: " \t\r")
            if !restructuredText, trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                let fence = String(trimmed.prefix(3))
                let language = trimmed.dropFirst(3).split(separator: " ").first.map { $0.lowercased() } ?? ""
                let keep = shellLanguages.contains(language.trimmingCharacters(in: "{}."))
                index += 1
                while index < lines.count, !lines[index].trimmingCharacters(in: " \t").hasPrefix(fence) {
                    if keep { block.append((index + 1, String(lines[index]))) }
                    index += 1
                }
                flush()
            } else if restructuredText, trimmed.hasSuffix("::"), isShellDirective(trimmed) {
                index += 1
                while index < lines.count, lines[index].trimmingCharacters(in: " \t\r").isEmpty || lines[index].first == " " || lines[index].first == "\t" {
                    let content = lines[index].trimmingCharacters(in: " \t\r")
                    if !content.hasPrefix(":") { block.append((index + 1, String(lines[index]))) }
                    index += 1
                }
                flush()
                continue
            } else if restructuredText, trimmed.hasPrefix(".. code-block::") || trimmed.hasPrefix(".. code::") || trimmed.hasPrefix(".. sourcecode::") {
                let language = trimmed.split(separator: ":").last.map { $0.trimmingCharacters(in: " ").lowercased() } ?? ""
                index += 1
                while index < lines.count, lines[index].trimmingCharacters(in: " \t\r").isEmpty || lines[index].first == " " || lines[index].first == "\t" {
                    let content = lines[index].trimmingCharacters(in: " \t\r")
                    if shellLanguages.contains(language), !content.hasPrefix(":") { block.append((index + 1, String(lines[index]))) }
                    index += 1
                }
                flush()
                continue
            }
            index += 1
        }
        return result
    }

    /// Commands quoted inline in prose (``nox -rs format`` in reStructuredText, `make test` in
    /// Markdown): spans of at least two words. Weaker than code blocks.
    static func inlineCommands(_ text: String, restructuredText: Bool) -> [(line: Int, command: String)] {
        let delimiter = restructuredText ? "``" : "`"
        var result: [(Int, String)] = []
        var inFence = false
        for (offset, line) in TextLines(text).lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: " \t")
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            guard !inFence, line.contains(delimiter) else { continue }
            let parts = line.components(separatedBy: delimiter)
            var index = 1
            while index < parts.count - 1 {
                let span = parts[index].trimmingCharacters(in: " ")
                if span.contains(" "), !span.contains("`") { result.append((offset + 1, span)) }
                index += 2
            }
        }
        return result
    }

    /// `text::` ends a paragraph that introduces a literal block; directives other than code
    /// blocks (`.. note::`) do not.
    private static func isShellDirective(_ line: String) -> Bool { !line.hasPrefix("..") }

    /// Instruction files agents read, written by the maintainers (AGENTS.md, CLAUDE.md, GEMINI.md).
    static let agentFileNames: Set<String> = ["agents.md", "claude.md", "gemini.md"]

    /// Whether `path` is an agent instruction file rather than a README or contributing guide.
    static func isAgentFile(_ path: String) -> Bool {
        agentFileNames.contains(Paths.name(of: path).lowercased()) || path == ".github/copilot-instructions.md"
    }

    /// The maintainer-written part of an agent instruction file: nil for a file rulesmith
    /// generated (its first line is the generated header), and a managed block's lines blanked
    /// (line numbers kept) in a hand-written file that holds one.
    static func handWritten(_ text: String) -> String? {
        let lines = TextLines(text).lines
        if lines.prefix(3).contains(where: { $0.contains("<!-- Generated by rulesmith") }) { return nil }
        guard text.contains("<!-- rulesmith:begin") else { return text }
        var inBlock = false
        return lines.map { line -> String in
            if line.contains("<!-- rulesmith:begin") { inBlock = true }
            defer { if line.contains("<!-- rulesmith:end") { inBlock = false } }
            return inBlock ? "" : String(line)
        }.joined(separator: "\n")
    }

    static func candidates(documents: [(path: String, folder: String)], context: CommandContext) -> [CommandCandidate] {
        var found: [CommandCandidate] = []
        for (path, folder) in documents {
            guard var text = context.store.text(path) else { continue }
            let source: String
            if isAgentFile(path) {
                guard let own = handWritten(text) else { continue }
                text = own
                source = "agent-instructions"
            } else {
                source = Paths.name(of: path).lowercased().hasPrefix("readme") ? "readme" : "contributing"
            }
            let restructuredText = path.lowercased().hasSuffix(".rst")
            for (line, command, comment) in commandLines(text, restructuredText: restructuredText) {
                found += FreeCommands.candidates(
                    command, folder: folder, evidence: Evidence(path, line: line), source: source,
                    strength: .documentation, context: context, described: TaskNames.kinds(describedBy: comment))
            }
            // Agent instructions quote commands inline mostly to forbid them ("no `ruff format`"):
            // only their code blocks count.
            for (line, command) in source == "agent-instructions" ? [] : inlineCommands(text, restructuredText: restructuredText) {
                found += FreeCommands.candidates(
                    command, folder: folder, evidence: Evidence(path, line: line), source: source,
                    strength: .documentation, context: context
                ).map { candidate in
                    var weaker = candidate
                    weaker.closeness += 10
                    return weaker
                }
            }
        }
        return found
    }
}
