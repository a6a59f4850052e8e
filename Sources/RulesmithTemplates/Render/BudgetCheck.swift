import RulesmithEditors

/// Holds rendered files to the budgets of `TargetCatalogue` before anything is written.
///
/// Rendering fails only where the editor drops text past a limit whose figure is observed
/// (`SizeBudget.isEnforced`: Windsurf's 12,000 characters per workspace rule), exactly where
/// `rulesmith lint` would report RF002 as an error. Advice and unconfirmed figures (Cursor's
/// 500 lines, Codex's 32 KiB, Claude Code's 40,000-character warning) produce a note and the
/// file is rendered whole: refusing a file the editor would read in full helps nobody. Nothing
/// is ever truncated.
public enum BudgetCheck {
    /// Throws `RenderError.overBudget` for the first file (in path order) over an enforced
    /// budget; adds a note for every file over an advisory one.
    static func check(_ files: [RenderedFile], notes: inout [RenderNote]) throws(RenderError) {
        for file in files {
            for finding in findings(file) {
                switch finding {
                case .failure(let error): throw error
                case .success(let note): notes.append(note)
                }
            }
        }
    }

    /// Every budget `file` is over, as the render words it: the error of an enforced budget, the
    /// note of an advisory one. `init` asks this of each whole file it would write (the user's
    /// text with rulesmith's block after it included), so it speaks as `render` does.
    public static func findings(_ file: RenderedFile) -> [Result<RenderNote, RenderError>] {
        var output: [Result<RenderNote, RenderError>] = []
        guard let kind = FileKind.classify(file.path) else { return output }
            for budget in TargetCatalogue.budgets(for: kind) {
                guard let cut = budget.cut(in: file.contents) else { continue }
                let size = budget.measure(file.contents[...])
                if budget.isEnforced {
                    output.append(.failure(.overBudget(
                        target: file.target, path: file.path, size: size, budget: budget.limit, unit: budget.unit.rawValue,
                        overflow: overflow(file, cut: cut, budget: budget))))
                    continue
                }
                let status = switch budget.source {
                case .vendor: ""
                case .secondHand: " (second-hand figure)"
                case .unconfirmed: " (unconfirmed figure)"
                }
                output.append(.success(RenderNote(
                    target: file.target, path: file.path,
                    message: "\(RenderText.grouped(size)) \(budget.unit.rawValue), over \(budget.reader)'s "
                        + "\(RenderText.grouped(budget.limit))-\(RenderText.singular(budget.unit.rawValue)) budget for \(budget.scope)\(status): "
                        + "past it \(budget.reader) \(budget.pastLimit); rendered whole. Rules past the limit: "
                        + overflow(file, cut: cut, budget: budget).joined(separator: ", "))))
            }
        return output
    }

    /// The rules that do not fit when the file's rules are added in order: every rule whose text
    /// ends past `cut`, with the size of its stretch of the file (from the end of the previous
    /// rule, so introductions count) in the budget's unit.
    static func overflow(_ file: RenderedFile, cut: Int, budget: SizeBudget) -> [String] {
        var output: [String] = []
        var start = 0
        for section in file.sections.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            defer { start = section.range.upperBound }
            guard section.range.upperBound > cut else { continue }
            let size = budget.measure(file.contents[start..<section.range.upperBound])
            output.append("\(section.rule) (\(RenderText.grouped(size)) \(budget.unit.rawValue))")
        }
        return output.isEmpty ? file.rules : output
    }
}
