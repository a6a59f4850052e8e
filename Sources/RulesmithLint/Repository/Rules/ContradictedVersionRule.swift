import RulesmithEditors
import RulesmithFacts

/// RP004: a framework or runtime major the repository's manifests contradict ("Next.js 15" in
/// a repository on next ^13.4.0).
struct ContradictedVersionRule: Rule {
    /// How prose names a version fact (`VersionFact` keys of the facts engine).
    static let names: [(label: String, key: String)] = [
        ("Next.js", "next"), ("React", "react"), ("Vue", "vue"), ("Angular", "angular"), ("Svelte", "svelte"),
        ("TypeScript", "typescript"), ("Express", "express"), ("Vite", "vite"), ("Django", "django"), ("FastAPI", "fastapi"),
        ("SQLAlchemy", "sqlalchemy"), ("Pydantic", "pydantic"), ("Flask", "flask"), ("Rails", "rails"), ("Laravel", "laravel"),
        ("Spring Boot", "spring-boot"), ("Node.js", "node"), ("Kotlin", "kotlin"),
    ]

    static let package = """
        {
          "name": "shop",
          "dependencies": { "next": "^13.4.0", "react": "18.2.0", "react-dom": "18.2.0" }
        }

        """

    let description = RuleDescription(
        id: "RP004", name: "contradicted-version",
        summary: "States a framework or runtime version the manifests contradict",
        rationale: """
            Advice is written for a major version: Next.js 15's async request APIs, React 19's \
            `ref` prop, Django 5's field choices. A rules file that says "Next.js 15" in a \
            repository pinned to next ^13.4.0 makes the agent write code that does not compile or \
            behave there. The versions come from the manifests (package.json, pyproject.toml, \
            Gemfile, composer.json, Gradle catalogues, .nvmrc); a range such as `>=18` is not \
            judged, and "Next.js 13+" only contradicts a lower major.
            """,
        kinds: FileKind.rulesFiles, tags: [.rulesFiles, RepositoryRules.tag], defaultSeverity: .warning,
        triggering: [
            Example("This is a Next.js ↓15 app using React ↓19 features.\n", kind: .agentsMd, files: ["package.json": package]),
            Example("Targets Next.js ↓14+ only.\n", kind: .claudeMd, files: ["package.json": package]),
        ],
        nonTriggering: [
            Example("This is a Next.js 13 app on React 18; Next.js 12+ APIs are fine.\n", kind: .agentsMd, files: ["package.json": package]),
            Example("This is a Next.js 15 app.\n", kind: .agentsMd),
            Example("Use Django 5 idioms.\n", kind: .agentsMd, files: ["package.json": package]),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let repository = document.repositoryForRules else { return [] }
        var declared: [String: [(major: Int, fact: VersionFact)]] = [:]
        for project in repository.facts.projects {
            for (key, fact) in project.versions {
                guard Self.isPinned(fact.version), let major = fact.major else { continue }
                declared[key, default: []].append((major, fact))
            }
        }
        guard !declared.isEmpty else { return [] }
        let bytes = document.source.bytes
        var findings: [Finding] = []
        for (label, key) in Self.names {
            guard let facts = declared[key] else { continue }
            let needle = Array((label + " ").utf8)
            var index = 0
            while let found = Self.find(needle, in: bytes, from: index) {
                index = found + needle.count
                guard found == 0 || !Self.isWordByte(bytes[found - 1]) else { continue }
                var end = index
                while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
                guard end > index, end - index <= 3, let stated = Int(String(decoding: bytes[index..<end], as: UTF8.self)) else { continue }
                if end < bytes.count, Self.isWordByte(bytes[end]) { continue }
                let minimum = end < bytes.count && bytes[end] == UInt8(ascii: "+")
                let contradicted = facts.allSatisfy { minimum ? $0.major < stated : $0.major != stated }
                guard contradicted, let first = facts.first else { continue }
                findings.append(Finding(
                    range: index..<end,
                    message: "says \(label) \(stated)\(minimum ? "+" : ""), but \(first.fact.evidence.description) declares \(key) \(first.fact.version); "
                        + "advice for another major misleads the agent, so state the repository's version"))
            }
        }
        return findings.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A version that names one major (`^13.4.0`, `~5.1`, `18.2.0`, `20`), not a range (`>=18`, `*`).
    static func isPinned(_ version: String) -> Bool {
        let trimmed = version.drop { $0 == " " || $0 == "v" || $0 == "^" || $0 == "~" || $0 == "=" }
        guard let first = trimmed.first, first.isNumber else { return false }
        return !version.contains(where: { "<>|*xX ,".contains($0) })
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "_")
    }

    /// The next occurrence of `needle` at or after `start` (linear for these short needles).
    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let head = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == head, bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
