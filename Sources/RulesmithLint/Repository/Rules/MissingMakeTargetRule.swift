import RulesmithEditors

/// RP002: `make x` where the Makefile has no target `x`, or where there is no Makefile at all.
struct MissingMakeTargetRule: Rule {
    static let makefile = """
        .PHONY: test lint

        test:
        \tgo test ./...

        lint: vet
        \tgolangci-lint run

        vet:
        \tgo vet ./...

        """

    let description = RuleDescription(
        id: "RP002", name: "missing-make-target",
        summary: "Runs a make target the repository's Makefile does not have",
        rationale: """
            `make check` where the Makefile has no `check` target stops with "No rule to make \
            target", and `make test` in a repository without a Makefile fails the same way. The \
            targets are read from the tracked Makefile of the folder the command runs in (`-C dir` \
            included); a Makefile that cannot be read (empty, generated, too large) is not judged.
            """,
        kinds: FileKind.rulesFiles, tags: [.rulesFiles, RepositoryRules.tag], defaultSeverity: .warning,
        triggering: [
            Example("Before pushing run `make lint` and `make ↓check`.\n", kind: .agentsMd, files: ["Makefile": makefile, "go.mod": "module x\n"]),
            Example("Run `↓make test`.\n", kind: .claudeMd, files: ["go.mod": "module x\n\ngo 1.22\n"]),
            Example("```sh\nmake -C tools ↓build\n```\n", kind: .agentsMd, files: ["Makefile": makefile, "tools/Makefile": "all:\n\techo\n"]),
        ],
        nonTriggering: [
            Example("Run `make test`, `make -j4 lint vet` and `make`.\n", kind: .agentsMd, files: ["Makefile": makefile]),
            Example("Run `make test`.\n", kind: .agentsMd, files: ["Makefile": "", "go.mod": "module x\n"]),
            Example("Make sure the tests pass: make test.\n", kind: .agentsMd, files: ["go.mod": "module x\n"]),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let repository = document.repositoryForRules else { return [] }
        var findings: [Finding] = []
        for words in document.analysis(ShellCommands.self).commands where words[0].text == "make" {
            var folder = ""
            var targets: [ShellCommands.Word] = []
            var index = 1
            while index < words.count {
                let word = words[index].text
                if word == "-C" || word == "--directory" || word == "-f" || word == "--file" {
                    if word == "-C" || word == "--directory", index + 1 < words.count { folder = words[index + 1].text }
                    if word == "-f" || word == "--file" { targets = []; folder = "\u{0}"; break }
                    index += 2
                    continue
                }
                if !word.hasPrefix("-"), !word.contains("=") { targets.append(words[index]) }
                index += 1
            }
            guard folder != "\u{0}" else { continue }
            folder = String(folder.drop { $0 == "." || $0 == "/" }.reversed().drop { $0 == "/" }.reversed())
            guard !folder.contains("$"), !folder.contains("..") else { continue }
            let place = folder.isEmpty ? "the repository root" : "\(folder)/"
            if !repository.makefileTracked(in: folder) {
                findings.append(Finding(
                    range: words[0].range,
                    message: "there is no Makefile in \(place); the command fails, so give the command the repository uses instead"))
                continue
            }
            guard let known = repository.makefileTargets[folder] else { continue }
            for target in targets where !known.contains(target.text) && !target.text.contains("$") {
                findings.append(Finding(
                    range: target.range,
                    message: "the Makefile in \(place) has no target '\(target.text)' (targets: \(known.sorted().prefix(12).joined(separator: ", "))); the command fails"))
            }
        }
        return findings
    }
}
