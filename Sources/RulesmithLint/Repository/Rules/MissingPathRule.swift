import RulesmithEditors
import RulesmithText

/// RP005: a repository path in code (`src/lib/db.ts`) that the repository does not have, in a
/// folder it does have.
struct MissingPathRule: Rule {
    let description = RuleDescription(
        id: "RP005", name: "missing-path",
        summary: "Names a path the repository does not have",
        rationale: """
            Rules point the agent at files: "models live in `app/models/`", "edit \
            `src/config/env.ts`". When the file was moved or never existed, the agent searches, \
            guesses or creates it. A path in a code span is checked when its folder is one the \
            repository tracks (so `app/model/` is judged in a repository with `app/`, while package \
            names, URLs, build output in untracked folders and paths of other machines are not); \
            globs, placeholders (`<name>`, `$VAR`, `{id}`) and paths outside the repository are \
            never judged.
            """,
        kinds: FileKind.rulesFiles, tags: [.rulesFiles, RepositoryRules.tag], defaultSeverity: .warning,
        triggering: [
            Example("Models live in `↓app/model/` and settings in `↓app/settings.py`.\n", kind: .agentsMd,
                    files: ["app/models/user.py": "", "app/config.py": "", "pyproject.toml": "[project]\nname = \"x\"\n"]),
        ],
        nonTriggering: [
            Example("Models live in `app/models/`, see `./app/models/user.py:12` and `app/config.py`; new ones go in `app/models/<name>.py` or `app/**/*.py`.\n",
                    kind: .agentsMd, files: ["app/models/user.py": "", "app/config.py": ""]),
            Example("Import from `react-dom/client` and `@scope/pkg/x`; see `docs/guide.md`; builds go to `app/dist/bundle.js`.\n", kind: .agentsMd, files: ["app/x.py": ""]),
            Example("Models live in `app/model/`.\n", kind: .agentsMd),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let repository = document.repositoryForRules else { return [] }
        let source = document.source
        let markdown = document.analysis(MarkdownDocument.self)
        var findings: [Finding] = []
        for block in markdown.inlineBlocks {
            for span in MarkdownInline.codeSpans(source.bytes, in: block.contentRange) {
                var lower = span.lowerBound
                var upper = span.upperBound
                while lower < upper, source.bytes[lower] == 0x60 { lower += 1 }
                while upper > lower, source.bytes[upper - 1] == 0x60 { upper -= 1 }
                guard let path = Self.repositoryPath(source.string(lower..<upper)) else { continue }
                let folder = String(path[..<path.lastIndex(of: "/")!])
                guard repository.exists(folder), !repository.exists(path) else { continue }
                findings.append(Finding(
                    range: lower..<upper,
                    message: "'\(path)' is not in the repository (\(folder)/ is); point to a path that exists or drop the reference"))
            }
        }
        return findings
    }

    /// The repository-relative path a code span names (`./a/b.py:12` → `a/b.py`), or nil when
    /// it is not a plain relative path with a folder in it.
    static func repositoryPath(_ text: String) -> String? {
        var text = text
        if case .some(let answer) = text.withUTF8(asciiRepositoryPath) { return answer }
        return unicodeRepositoryPath(text)
    }

    /// What `repositoryPath` answers for ASCII text without a carriage return, where each byte is
    /// one Character (CR LF is one), answered on bytes: the Character version cost a tenth of a
    /// monorepo's lint in String iteration and Foundation substring searches. nil for other text.
    static func asciiRepositoryPath(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        let slash: UInt8 = 0x2F, dot: UInt8 = 0x2E
        var start = 0
        var end = bytes.count
        while end - start >= 2, bytes[start] == dot, bytes[start + 1] == slash { start += 2 }
        if let colon = (start..<end).first(where: { bytes[$0] == 0x3A }),
           (colon + 1..<end).allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) {
            end = colon
        }
        while end > start, bytes[end - 1] == slash { end -= 1 }
        let path = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard path.contains(slash), let first = path.first, first != slash, first != dot, first != 0x2D,
              !path.indices.dropLast().contains(where: { (path[$0] == dot && path[$0 + 1] == dot) || (path[$0] == slash && path[$0 + 1] == slash) }),
              !path.contains(where: { Self.forbiddenBytes.contains($0) }) else { return .some(nil) }
        return String(decoding: path, as: UTF8.self)
    }

    private static let forbiddenCharacters = " \t\n\r*?[]{}<>$%~@:#=!,;'\"()|\\`"
    private static let forbiddenBytes = Set(forbiddenCharacters.utf8)

    /// The Character-by-Character reading, for text the byte reading does not answer.
    static func unicodeRepositoryPath(_ text: String) -> String? {
        var path = Substring(text)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        if let colon = path.firstIndex(of: ":"), path[path.index(after: colon)...].allSatisfy(\.isNumber) { path = path[..<colon] }
        while path.hasSuffix("/") { path = path.dropLast() }
        guard path.contains("/"), !path.hasPrefix("/"), !path.hasPrefix("."), !path.hasPrefix("-"),
              !path.contains(".."), !path.contains("//"),
              !path.contains(where: { Self.forbiddenCharacters.contains($0) }) else { return nil }
        return String(path)
    }
}
