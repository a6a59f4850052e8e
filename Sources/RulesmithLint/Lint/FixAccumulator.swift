/// Merges the fixes of findings that are folded into one summary finding, so one `--fix` run
/// applies them together; stops adding edits past a budget, so a flood costs bounded memory (what
/// is left is fixed by the next `--fix` run).
struct FixAccumulator {
    /// Edits kept at most: 65,536 edits are about 1.5 MB.
    static let editBudget = 1 << 16

    private(set) var fix: Fix?

    /// Adds `fix`'s edits when it applies alike (safe with safe; the first decides) and the
    /// budget allows.
    mutating func add(_ fix: Fix) {
        guard var merged = self.fix else {
            self.fix = fix
            return
        }
        guard merged.applicability == fix.applicability,
              merged.edits.count + fix.edits.count <= Self.editBudget else { return }
        self.fix = nil  // so `merged` holds the only reference and appends without a copy
        merged.edits.append(contentsOf: fix.edits)
        self.fix = merged
    }
}
