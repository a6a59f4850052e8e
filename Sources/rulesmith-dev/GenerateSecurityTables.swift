import Foundation
import RulesmithLint

/// Writes the security scan's built tables, or with `check` only reports whether they are stale.
func generateSecurityTables(root: URL, check: Bool) throws -> Int32 {
    let output = root.appendingPathComponent(SecurityTablesSource.outputPath)
    let rendered = Data(SecurityTablesSource.render().utf8)
    if check {
        guard (try? Data(contentsOf: output)) == rendered else {
            print("rulesmith-dev: \(SecurityTablesSource.outputPath) is stale: run `\(SecurityTablesSource.command)`")
            return 1
        }
        print("rulesmith-dev: \(SecurityTablesSource.outputPath) is up to date")
        return 0
    }
    try rendered.write(to: output, options: .atomic)
    print("rulesmith-dev: wrote \(SecurityTablesSource.outputPath) (\(rendered.count) bytes)")
    return 0
}
