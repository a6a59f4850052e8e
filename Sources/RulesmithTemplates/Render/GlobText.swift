import RulesmithText

/// Glob lists as the renderers write them.
enum GlobText {
    /// The patterns with every comma-bearing brace group expanded (`*.{ts,tsx}` → `*.ts`,
    /// `*.tsx`), so a comma-separated dialect (Cursor, Copilot, Windsurf) never meets a comma
    /// inside a pattern: comma and brace globs are where tools disagree.
    /// A pattern whose braces do not balance, or that expands past 64 alternatives, is kept
    /// as written; duplicates are dropped, first occurrence kept.
    static func expandedForCommaList(_ globs: [String]) -> [String] {
        var output: [String] = []
        var seen = Set<String>()
        for glob in globs {
            var alternatives = [glob]
            if glob.contains(","), glob.contains("{"),
               let expanded = try? GlobBraces.expand(Array(glob.unicodeScalars)), expanded.count <= 64 {
                alternatives = expanded.map { scalars in
                    var text = ""
                    text.unicodeScalars.append(contentsOf: scalars)
                    return text
                }
            }
            for alternative in alternatives where seen.insert(alternative).inserted {
                output.append(alternative)
            }
        }
        return output
    }

    /// The comma-separated form: `a,b`.
    static func commaList(_ globs: [String]) -> String {
        expandedForCommaList(globs).joined(separator: ",")
    }
}
