import RulesmithText

/// The configuration's `lint.ignore` globs, compiled once (`PathDialect.configuration`): what
/// `lint`, `lint --staged`, the hook and the workspace scanner all skip.
enum IgnoreGlobs {
    static func compile(_ patterns: [String]) throws(RulesmithError) -> [PathPattern] {
        do {
            return try PathPattern.compile(patterns, dialect: .configuration)
        } catch {
            throw RulesmithError("ignore glob '\(error.pattern)': \(error.reason.message)")
        }
    }
}
