import Yams

/// The activation settings of a Cursor `.mdc` file read leniently: strict YAML first, then
/// line by line, since most real files have unquoted globs such as `globs: **/*.ts`.
struct MDCSettings {
    var description: String?
    var globs: [String] = []
    var alwaysApply = false
    var bodyStart = 0

    init(_ bytes: [UInt8], path: String) throws {
        let frontmatter = Frontmatter(bytes)
        bodyStart = frontmatter.bodyStart
        guard let range = frontmatter.yamlRange else { return }
        let yaml = String(decoding: bytes[range], as: UTF8.self)
        if let root = try? Yams.compose(yaml: yaml), let mapping = root.mapping {
            for (key, value) in mapping {
                switch key.string {
                case "description": description = value.string
                case "globs":
                    if let items = value.sequence {
                        globs = items.compactMap(\.string)
                    } else if let text = value.string {
                        globs = Self.splitGlobs(text)
                    }
                case "alwaysApply": alwaysApply = value.bool ?? false
                default: break
                }
            }
            return
        }
        for line in yaml.split(whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].manifestTrimmed()
            let value = String(line[line.index(after: colon)...].manifestTrimmed())
            switch key {
            case "description": description = String(value.manifestTrimmed(of: "\"'"))
            case "globs": globs = Self.splitGlobs(value)
            case "alwaysApply": alwaysApply = value.lowercased() == "true"
            default: break
            }
        }
    }

    /// `a, b`, `[a, b]` or `"a"` → globs; commas inside `{…}` stay (they are brace alternatives).
    static func splitGlobs(_ text: String) -> [String] {
        let inner = text.manifestTrimmed().manifestTrimmed(of: "[]")
        var globs: [String] = []
        var current = ""
        var depth = 0
        for character in inner {
            switch character {
            case "{": depth += 1; current.append(character)
            case "}": depth = max(0, depth - 1); current.append(character)
            case "," where depth == 0:
                globs.append(current)
                current = ""
            default: current.append(character)
            }
        }
        globs.append(current)
        return globs.map { String($0.manifestTrimmed().manifestTrimmed(of: "\"'")) }.filter { !$0.isEmpty }
    }
}
