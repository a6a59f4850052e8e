import RulesmithEditors

/// Notes for targets rendered together that one editor reads both of (`EditorReadSet`): Cursor
/// reads `.cursor/rules`, `.cursorrules` and `AGENTS.md`; Copilot reads its own files and
/// `AGENTS.md`; Kiro reads steering files and `AGENTS.md`. The same rule in two of them reaches
/// that editor twice, which costs context on every request. Only a note:
/// the user may want both for different tools, and which one to drop is their choice.
enum DoubleLoadNotes {
    static func notes(for files: [RenderedFile]) -> [RenderNote] {
        var notes: [RenderNote] = []
        let kindsByTarget = Dictionary(grouping: files, by: \.target).mapValues { files in
            (kinds: Set(files.compactMap { FileKind.classify($0.path) }), rules: Set(files.flatMap(\.rules)))
        }
        let targets = TargetCatalogue.targets.map(\.name).filter { kindsByTarget[$0] != nil }
        for set in EditorReadSet.all {
            let readers = targets.filter { !kindsByTarget[$0]!.kinds.isDisjoint(with: set.kinds) }
            for (index, first) in readers.enumerated() {
                for second in readers[(index + 1)...] {
                    let shared = kindsByTarget[first]!.rules.intersection(kindsByTarget[second]!.rules)
                    guard !shared.isEmpty else { continue }
                    notes.append(RenderNote(
                        target: second,
                        message: "\(set.editor) reads both \(describe(first)) and \(describe(second)); "
                            + "\(shared.count) rule\(shared.count == 1 ? "" : "s") reach it twice. "
                            + "For \(set.editor), render one of '\(first)' and '\(second)'"))
                }
            }
        }
        return notes
    }

    private static func describe(_ target: String) -> String {
        TargetCatalogue.target(named: target)?.outputPaths.map { $0.replacing("<name>", with: "*") }.joined(separator: ", ") ?? target
    }
}
