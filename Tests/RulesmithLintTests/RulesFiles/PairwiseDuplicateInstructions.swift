import RulesmithEditors
@testable import RulesmithLint

/// RF005 as it was before files were counted by groups: every pair of files compared, the oracle
/// the grouped rule must match finding for finding.
struct PairwiseDuplicateInstructions {
    /// Jaccard similarity (of five-word shingles) from which two files count as copies.
    static let similarityThreshold = 0.8
    /// Share of an imported file's text that, found again in the importer, counts as a copy.
    static let containmentThreshold = 0.8
    /// Imported files shorter than this (in words) are too small to call a copy.
    static let minimumImportedWords = 10

    func check(_ documents: [LintDocument]) -> [(document: Int, finding: Finding)] {
        let fingerprints = documents.map { document -> TextFingerprint? in
            guard FileKind.rulesFiles.contains(document.kind), document.isReadableRulesText else { return nil }
            let fingerprint = document.analysis(TextFingerprint.self)
            return fingerprint.shingles?.isEmpty == false ? fingerprint : nil
        }
        var output: [(document: Int, finding: Finding)] = []
        var handled = Set<Pair>()
        output += importedCopies(documents, fingerprints, &handled)
        var together: [Int: Candidate] = [:]
        var drifted: [Int: Candidate] = [:]
        let indices = fingerprints.indices.filter { fingerprints[$0] != nil }
        for (position, first) in indices.enumerated() {
            for second in indices[(position + 1)...] {
                let pair = Pair(first, second)
                guard !handled.contains(pair), let left = fingerprints[first], let right = fingerprints[second],
                      left.couldReach(Self.similarityThreshold, with: right),
                      let similarity = left.similarity(to: right), similarity >= Self.similarityThreshold else { continue }
                let identical = documents[first].source.bytes[left.body] == documents[second].source.bytes[right.body]
                if let editor = sharedEditor(documents[first], documents[second]) {
                    record(&together, first, Candidate(other: second, similarity: similarity, identical: identical, editor: editor))
                    record(&together, second, Candidate(other: first, similarity: similarity, identical: identical, editor: editor))
                } else if documents[first].kind != documents[second].kind,
                          documents[first].resolutionPath != documents[second].resolutionPath {
                    record(&drifted, first, Candidate(other: second, similarity: similarity, identical: identical, editor: nil))
                    record(&drifted, second, Candidate(other: first, similarity: similarity, identical: identical, editor: nil))
                }
            }
        }
        for (index, candidate) in together.sorted(by: { $0.key < $1.key }) {
            output.append((index, Finding(range: RulesFileSupport.firstLine(documents[index]), message: loadedTwiceMessage(candidate, documents))))
        }
        for (index, candidate) in drifted.sorted(by: { $0.key < $1.key }) where together[index] == nil {
            output.append((index, Finding(
                range: RulesFileSupport.firstLine(documents[index]), message: driftMessage(candidate, documents), severity: .info)))
        }
        return output
    }

    /// Claude or Gemini files that import a file and also hold most of its text.
    private func importedCopies(
        _ documents: [LintDocument], _ fingerprints: [TextFingerprint?], _ handled: inout Set<Pair>
    ) -> [(document: Int, finding: Finding)] {
        var output: [(document: Int, finding: Finding)] = []
        let byPath = Dictionary(documents.indices.map { (documents[$0].path, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, document) in documents.enumerated() {
            guard let own = fingerprints[index] else { continue }
            for reference in document.analysis(DocumentImports.self).imports where reference.isFilePath {
                guard let path = reference.resolved(from: document.path, homeDirectory: document.workspace?.homeDirectory) else { continue }
                let other = byPath[path]
                let imported: TextFingerprint?
                if let other {
                    imported = fingerprints[other]
                } else if let bytes = document.workspace?.read(path), bytes.count <= TextFingerprint.maximumBytes {
                    imported = TextFingerprint(bytes[...])
                } else {
                    imported = nil
                }
                guard let imported, imported.wordCount >= Self.minimumImportedWords,
                      let share = own.containment(of: imported), share >= Self.containmentThreshold else { continue }
                if let other { handled.insert(Pair(index, other)) }
                let editor = document.kind == .geminiMd ? "Gemini CLI" : "Claude Code"
                output.append((index, Finding(
                    range: reference.range,
                    message: "imports \(path) and also holds \(Int(share * 100))% of its text; \(editor) loads these instructions twice, so keep only the import")))
            }
        }
        return output
    }

    private func sharedEditor(_ first: LintDocument, _ second: LintDocument) -> String? {
        guard EditorReadSet.scope(of: first.path) == EditorReadSet.scope(of: second.path) else { return nil }
        return EditorReadSet.all.first { $0.kinds.contains(first.kind) && $0.kinds.contains(second.kind) }?.editor
    }

    /// Keeps the most similar other file (ties: the earlier one) and counts the rest.
    private func record(_ table: inout [Int: Candidate], _ index: Int, _ candidate: Candidate) {
        guard let existing = table[index] else {
            var first = candidate
            first.lowest = candidate.similarity
            table[index] = first
            return
        }
        let better = candidate.similarity > existing.similarity
            || (candidate.similarity == existing.similarity && candidate.other < existing.other)
        var kept = better ? candidate : existing
        kept.others = existing.others + 1
        kept.lowest = min(existing.lowest, candidate.similarity)
        table[index] = kept
    }

    private func loadedTwiceMessage(_ candidate: Candidate, _ documents: [LintDocument]) -> String {
        let other = documents[candidate.other].path
        let editor = candidate.editor ?? "The editor"
        if candidate.identical {
            return "\(editor) loads both this file and \(other), which hold the same text; keep one (a symlink or an import stub)"
        }
        return "\(editor) loads both this file and \(other), which are \(Self.format(candidate.similarity)) similar; the shared instructions reach it twice"
    }

    private func driftMessage(_ candidate: Candidate, _ documents: [LintDocument]) -> String {
        let other = documents[candidate.other].path
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
