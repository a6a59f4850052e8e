import RulesmithEditors

/// RF005: the same instructions reaching one editor twice, and copies for different editors that
/// have drifted apart.
struct DuplicateInstructionsRule: ProjectRule {
    /// Jaccard similarity (of five-word shingles) from which two files count as copies.
    static let similarityThreshold = 0.8
    /// Share of an imported file's text that, found again in the importer, counts as a copy.
    static let containmentThreshold = 0.8
    /// Imported files shorter than this (in words) are too small to call a copy.
    static let minimumImportedWords = 10

    let description = RuleDescription(
        id: "RF005", name: "duplicate-instructions",
        summary: "The same instructions are loaded twice, or copies for different editors have drifted",
        rationale: """
            A CLAUDE.md that imports @AGENTS.md and also pastes AGENTS.md's text makes Claude Code \
            read every instruction twice (about 14k tokens a message in one reported case); a \
            .cursor/rules file and an AGENTS.md with the same text reach Cursor twice. Keep one \
            copy: an import stub or a symlink. Copies kept for different editors (a .windsurfrules \
            beside a .clinerules) are not loaded together, but they drift apart as people edit one \
            and forget the others; the finding gives the similarity (Jaccard over five-word \
            shingles, whitespace-insensitive, frontmatter excluded) so the drift can be seen. A \
            file that is a symlink to the other (CLAUDE.md → AGENTS.md) is one source, not a copy; \
            but an editor that reads both names still loads it twice (GitHub Copilot reads \
            .github/copilot-instructions.md and AGENTS.md), and there a link saves nothing: only \
            removing one of the names does.
            """,
        kinds: FileKind.rulesFiles, tags: [.rulesFiles, .duplicates], defaultSeverity: .warning,
        // The example test's variants: it compares whole files, and added text makes an exact copy a near one.
        traits: [.wholeProject, .noPrefixVariant, .noCommentVariant],
        triggering: [
            Example(
                "↓@AGENTS.md\n\n" + Self.sampleText, kind: .claudeMd, files: ["AGENTS.md": Self.sampleText]),
            Example(
                "↓" + Self.sampleText, kind: .agentsMd,
                files: [".cursor/rules/general.mdc": "---\nalwaysApply: true\n---\n" + Self.sampleText]),
            Example(
                "↓" + Self.sampleText + "Also run the linter before you push.\n", kind: .windsurf,
                files: [".clinerules": Self.sampleText]),
            Example(
                "↓" + Self.sampleText, kind: .copilot, files: ["AGENTS.md": Self.sampleText], linkTarget: "AGENTS.md"),
        ],
        nonTriggering: [
            Example("@AGENTS.md\n", kind: .claudeMd, files: ["AGENTS.md": Self.sampleText]),
            Example(Self.sampleText, kind: .claudeMd, files: ["docs/CLAUDE.md": Self.sampleText]),
            Example(Self.sampleText, kind: .agentsMd, files: [".windsurfrules": "# Other\n\nWrite Go with gofmt and table tests for every package.\n"]),
            Example(Self.sampleText, kind: .claudeMd, files: ["AGENTS.md": Self.sampleText], linkTarget: "AGENTS.md"),
        ])

    static let sampleText = """
        # Project rules

        Use bun, never npm. Run the full test suite before every commit and keep it green.
        Write TypeScript in strict mode; prefer small pure functions and explicit return types.
        Name files in kebab-case and keep React components in src/components.

        """

    func summarize(_ document: LintDocument, shared: SharedSummaries) -> DuplicateInstructionsSummary {
        DuplicateInstructionsSummary(document, shared: shared)
    }

    /// A file is reported at its first line (a copy) or at one of its imports (an imported copy).
    func reportableRanges(_ summary: DuplicateInstructionsSummary) -> [Range<Int>]? {
        [summary.firstLine] + summary.imports.map(\.range)
    }

    func check(_ files: [DuplicateInstructionsSummary]) -> [(document: Int, finding: Finding)] {
        let fingerprints = files.map(\.fingerprint)
        var output: [(document: Int, finding: Finding)] = []
        var handled = Set<Pair>()
        output += importedCopies(files, &handled)
        // Each file against every similar one, counted by groups (same text, folder and kind)
        // rather than pair by pair: the same findings as comparing every pair, in near-linear time.
        let classes = SimilarTextClasses(fingerprints, threshold: Self.similarityThreshold)
        let groups = SimilarFileGroups(files, classes: classes, handled: handled.map { ($0.low, $0.high) })
        var together: [Int: Candidate] = [:]
        var drifted: [Int: Candidate] = [:]
        for index in files.indices {
            guard let loaded = groups.loadedTogether(index) else {
                if let copy = groups.drifted(index) { drifted[index] = candidate(index, copy, files, editor: nil) }
                continue
            }
            together[index] = candidate(index, loaded, files, editor: loaded.editor)
        }
        for (index, candidate) in together.sorted(by: { $0.key < $1.key }) {
            output.append((index, Finding(range: files[index].firstLine, message: loadedTwiceMessage(candidate, files))))
        }
        for (index, candidate) in drifted.sorted(by: { $0.key < $1.key }) where together[index] == nil {
            output.append((index, Finding(range: files[index].firstLine, message: driftMessage(candidate, files), severity: .info)))
        }
        return output
    }

    /// The finding's view of the most similar other file (ties: the earlier one) and the rest.
    private func candidate(
        _ index: Int, _ tally: SimilarFileGroups.Tally, _ files: [DuplicateInstructionsSummary], editor: String?
    ) -> Candidate {
        let other = tally.nearest
        let identical = files[index].fingerprint != nil && files[other].fingerprint != nil && files[index].bodyHash == files[other].bodyHash
        return Candidate(
            other: other, similarity: tally.similarity, identical: identical, editor: editor, others: tally.count - 1, lowest: tally.lowest,
            oneFile: files[index].resolutionPath == files[other].resolutionPath)
    }

    /// Claude or Gemini files that import a file and also hold most of its text.
    private func importedCopies(
        _ files: [DuplicateInstructionsSummary], _ handled: inout Set<Pair>
    ) -> [(document: Int, finding: Finding)] {
        var output: [(document: Int, finding: Finding)] = []
        let byPath = Dictionary(files.indices.map { (files[$0].path, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, file) in files.enumerated() {
            guard let own = file.fingerprint else { continue }
            for reference in file.imports {
                let path = reference.path
                let other = byPath[path]
                let imported: TextFingerprint?
                if let other {
                    imported = files[other].fingerprint
                } else if let bytes = file.workspace?.read(path), bytes.count <= TextFingerprint.maximumBytes {
                    imported = TextFingerprint(bytes[...])
                } else {
                    imported = nil
                }
                guard let imported, imported.wordCount >= Self.minimumImportedWords,
                      let share = own.containment(of: imported), share >= Self.containmentThreshold else { continue }
                if let other { handled.insert(Pair(index, other)) }
                let editor = file.kind == .geminiMd ? "Gemini CLI" : "Claude Code"
                output.append((index, Finding(
                    range: reference.range,
                    message: "imports \(path) and also holds \(Int(share * 100))% of its text; \(editor) loads these instructions twice, so keep only the import")))
            }
        }
        return output
    }

    private func loadedTwiceMessage(_ candidate: Candidate, _ files: [DuplicateInstructionsSummary]) -> String {
        let other = files[candidate.other].path
        let editor = candidate.editor ?? "The editor"
        if candidate.oneFile {
            // Already one source: the advice to link them would be no advice at all.
            return "\(editor) loads both this file and \(other), one file through a symlink, so it reads the same instructions twice; "
                + "a link saves nothing for an editor that reads both names: remove the name no other editor needs"
        }
        if candidate.identical {
            return "\(editor) loads both this file and \(other), which hold the same text; keep one (a symlink or an import stub)"
        }
        return "\(editor) loads both this file and \(other), which are \(Self.format(candidate.similarity)) similar; the shared instructions reach it twice"
    }

    private func driftMessage(_ candidate: Candidate, _ files: [DuplicateInstructionsSummary]) -> String {
        let other = files[candidate.other].path
        let lowest = candidate.lowest
        let more = switch candidate.others {
        case 0: ""
        case 1: " (and 1 more copy, \(Self.format(lowest)) similar)"
        default: " (and \(candidate.others) more copies, down to \(Self.format(lowest)) similar)"
        }
        if candidate.identical {
            return "same text as \(other)\(more), a copy for another editor; copies drift apart, so generate them from one source or link them"
        }
        return "\(Self.format(candidate.similarity)) similar to \(other)\(more): the copies have drifted; generate them from one source"
    }

    /// Two decimals, rounded down so that 0.996 never reads as an identical 1.00.
    static func format(_ similarity: Double) -> String {
        let hundredths = min(99, Int((similarity * 100).rounded(.down)))
        return "0." + (hundredths < 10 ? "0" : "") + String(hundredths)
    }

    private struct Candidate {
        var other: Int
        var similarity: Double
        var identical: Bool
        var editor: String?
        var others = 0
        /// The least similar of the other copies.
        var lowest = 1.0
        /// Whether the two are one file on disk (a symlink and its target, or two links to one file).
        var oneFile = false
    }

    private struct Pair: Hashable {
        let low: Int
        let high: Int
        init(_ first: Int, _ second: Int) {
            low = min(first, second)
            high = max(first, second)
        }
    }
}
