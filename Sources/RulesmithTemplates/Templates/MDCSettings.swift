import RulesmithEditors
import RulesmithLint
import RulesmithText

/// The activation settings of a Cursor `.mdc` file, read leniently through the rules-file
/// frontmatter reader (most real files have unquoted globs such as `globs: **/*.ts`).
struct MDCSettings {
    var description: String?
    var globs: [String] = []
    var alwaysApply = false
    var bodyStart = 0

    init(_ bytes: [UInt8], path: String) throws {
        let frontmatter = Frontmatter(SourceText(bytes: bytes))
        bodyStart = frontmatter.bodyStart
        guard frontmatter.isPresent else { return }
        if let error = frontmatter.error {
            throw TemplateError.malformedRule(path: path, reason: "line \(error.line): \(error.message)")
        }
        description = frontmatter.entry("description")?.value.scalar?.text
        switch frontmatter.entry("globs")?.value {
        case .scalar(let scalar)?:
            let text = Array(scalar.text.utf8)
            globs = GlobDialect.splitCommaList(text[...]).map { range in
                String(String(decoding: text[range], as: UTF8.self).trimming("\"'"))
            }.filter { !$0.isEmpty }
        case .list(let items)?:
            globs = items.map(\.text).filter { !$0.isEmpty }
        default:
            break
        }
        if let scalar = frontmatter.entry("alwaysApply")?.value.scalar {
            alwaysApply = scalar.boolValue ?? (scalar.text.lowercased() == "true")
        }
    }
}
