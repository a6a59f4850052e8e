import RulesmithLint
import RulesmithTemplates
import RulesmithText

/// `init` holds every file it would write to the editors' size budgets as a whole (the user's
/// own text and rulesmith's block after it), with the words `render` uses, before writing
/// anything. It never grows a hand-written file past a budget without being told: that is a
/// refusal naming the choices.
enum InitBudgets {
    /// The plan's budget lines (notes) and, when a hand-written file would grow past a budget or
    /// a file is over an enforced one, why init refuses.
    static func check(_ plan: ApplyEngine.Plan) -> (lines: [String], refusal: String?) {
        var lines: [String] = []
        var refusals: [String] = []
        for step in plan.steps {
            guard let bytes = step.newFile, let rendered = step.drift.rendered else { continue }
            let whole = RenderedFile(
                path: step.drift.path, target: rendered.target, contents: bytes, rules: rendered.rules,
                sections: step.drift.layout == .wholeFile ? rendered.sections : [])
            let growsUserText = step.drift.entry == nil && step.drift.layout.blockID != nil && !(step.drift.disk ?? []).isEmpty
            for finding in BudgetCheck.findings(whole) {
                switch finding {
                case .failure(let error):
                    refusals.append("\(error.description). Nothing was written")
                case .success(let note) where growsUserText:
                    let own = grouped(step.drift.disk?.count ?? 0)
                    refusals.append(
                        "\(step.drift.path): your own text is \(own) bytes, and rulesmith's block after it would make the file \(note.message). "
                            + "Nothing was written. Decide: take your text in as a repository overlay (\(option: .adoptExisting); the file is then "
                            + "rulesmith's and this note stays until you trim the overlay), shorten \(step.drift.path) first, or leave target "
                            + "'\(rendered.target)' out (\(option: .targets))")
                case .success(let note):
                    lines.append("note: \(note)")
                }
            }
        }
        return (lines, refusals.isEmpty ? nil : refusals.joined(separator: "\n"))
    }

    /// `49123` as `49,123`, as render writes sizes.
    private static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var output = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { output.append(",") }
            output.append(digit)
        }
        return output
    }
}
