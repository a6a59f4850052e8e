import Foundation
import Testing

/// The layers of ARCHITECTURE.md hold: every `import` of a package target or package product in
/// `Sources/` and `Tests/` names a direct dependency of the importing target in `Package.swift`,
/// and the library targets depend on nothing beyond what their layer allows. The build's
/// `--explicit-target-dependency-import-check error` (Makefile) catches the first at compile time;
/// this test catches it in any `swift test`, and catches the second, which no compiler flag sees.
struct TargetLayerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// What each library target may depend on (ARCHITECTURE.md, "Targets and layers"): package
    /// targets and products. A new edge is a design decision: change the table and the document.
    static let allowed: [String: Set<String>] = [
        "RulesmithText": [],
        "RulesmithEditors": ["RulesmithText"],
        "RulesmithLint": ["RulesmithText", "RulesmithEditors", "RulesmithFacts", "Yams"],
        "RulesmithLLMS": ["RulesmithText", "RulesmithLint"],
        "RulesmithFacts": ["RulesmithText", "Yams"],
        "RulesmithTemplates": [
            "RulesmithText", "RulesmithEditors", "RulesmithLint", "RulesmithLLMS", "RulesmithFacts", "Yams", "Crypto",
        ],
        "RulesmithRegistry": ["RulesmithText", "RulesmithLint", "RulesmithTemplates", "GRDB"],
        "RulesmithGit": ["CGit2"],
        "RulesmithKit": [
            "RulesmithText", "RulesmithEditors", "RulesmithLint", "RulesmithLLMS", "RulesmithFacts", "RulesmithTemplates",
            "RulesmithRegistry", "RulesmithGit", "CCurlLoader",
        ],
        "rulesmith": ["RulesmithKit", "RulesmithEditors", "RulesmithLint", "RulesmithTemplates", "ArgumentParser"],
        "RulesmithDocs": ["RulesmithText", "RulesmithEditors", "RulesmithLint", "RulesmithTemplates"],
        "rulesmith-dev": ["RulesmithTemplates", "RulesmithDocs", "RulesmithLint"],
    ]

    @Test func everyImportIsADeclaredDependency() throws {
        let manifest = try PackageManifest(String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8))
        #expect(manifest.targets.count > 10, "Package.swift not understood: \(manifest.targets.map(\.name))")
        let checked = Set(manifest.targets.map(\.name)).union(manifest.products)
        var wrong: [String] = []
        for target in manifest.targets {
            let folder = Self.root.appendingPathComponent(target.path)
            for file in Self.swiftFiles(in: folder) {
                let text = try String(contentsOf: file, encoding: .utf8)
                for module in Self.imports(in: text) where checked.contains(module) && module != target.name {
                    if !target.dependencies.contains(module) {
                        let relative = file.path.dropFirst(Self.root.path.count + 1)
                        wrong.append("\(relative) imports \(module), which \(target.name) does not depend on")
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }

    @Test func libraryTargetsDependOnlyOnWhatTheirLayerAllows() throws {
        let manifest = try PackageManifest(String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8))
        for target in manifest.targets where !target.isTest && target.name != "RulesmithTestSupport" {
            guard let allowed = Self.allowed[target.name] else {
                // C targets wrap system libraries and depend on nothing of ours.
                #expect(target.dependencies.isEmpty, "\(target.name) is not in the layer table")
                continue
            }
            let extra = target.dependencies.subtracting(allowed)
            #expect(extra.isEmpty, "\(target.name) depends on \(extra.sorted()), which its layer does not allow")
        }
    }

    /// The check itself: a wrong-way import is reported, a declared one is not.
    @Test func theCheckSeesAWrongWayImport() throws {
        let manifest = try PackageManifest("""
            .target(name: "Low"),
            .target(name: "High", dependencies: ["Low", .product(name: "Yams", package: "Yams")]),
            """)
        let low = try #require(manifest.targets.first { $0.name == "Low" })
        let high = try #require(manifest.targets.first { $0.name == "High" })
        #expect(low.dependencies.isEmpty && high.dependencies == ["Low", "Yams"])
        #expect(manifest.products == ["Yams"])
        let imports = Self.imports(in: "import Foundation\n@testable import High\n  import struct Low.Thing\n// import Fake\n")
        #expect(imports == ["Foundation", "High", "Low"])
    }

    static func swiftFiles(in folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }

    /// The modules a Swift file imports (`import M`, `@testable import M`, `import struct M.T`).
    static func imports(in text: String) -> [String] {
        var modules: [String] = []
        for line in text.split(separator: "\n") {
            var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
            while let first = words.first, first.hasPrefix("@") { words = words.dropFirst() }
            guard words.first == "import", words.count >= 2 else { continue }
            words = words.dropFirst()
            let kinds: Set<Substring> = ["struct", "class", "enum", "protocol", "typealias", "func", "var", "let"]
            if let kind = words.first, kinds.contains(kind) { words = words.dropFirst() }
            guard let path = words.first, let module = path.split(separator: ".").first else { continue }
            modules.append(String(module))
        }
        return modules
    }
}

/// The targets of a `Package.swift` read as text: names, folders and direct dependencies.
struct PackageManifest {
    struct Target {
        var name: String
        var path: String
        var isTest: Bool
        var dependencies: Set<String>
    }

    var targets: [Target] = []
    /// Every product of another package that some target depends on.
    var products: Set<String> = []

    init(_ text: String) throws {
        let scalars = Array(text.unicodeScalars)
        let calls = [".target(": "Sources", ".executableTarget(": "Sources", ".testTarget(": "Tests"]
        var index = 0
        while index < scalars.count {
            guard let (call, folder) = calls.first(where: { Self.matches(scalars, at: index, $0.key) }) else {
                index += 1
                continue
            }
            let start = index + call.unicodeScalars.count
            let end = Self.closing(scalars, from: start)
            let body = String(String.UnicodeScalarView(scalars[start..<end]))
            guard let name = Self.string(after: "name:", in: body) else { index = end; continue }
            var dependencies = Set<String>()
            if let list = Self.bracketed(after: "dependencies:", in: body) {
                for product in Self.strings(after: ".product(name:", in: list) {
                    dependencies.insert(product)
                    products.insert(product)
                }
                let withoutProducts = list.replacingOccurrences(
                    of: #"\.product\([^)]*\)"#, with: "", options: .regularExpression)
                for literal in Self.strings(after: "", in: withoutProducts) { dependencies.insert(literal) }
            }
            let path = Self.string(after: "path:", in: body) ?? "\(folder)/\(name)"
            targets.append(Target(name: name, path: path, isTest: call == ".testTarget(", dependencies: dependencies))
            index = end
        }
    }

    private static func matches(_ scalars: [Unicode.Scalar], at index: Int, _ word: String) -> Bool {
        let word = Array(word.unicodeScalars)
        guard index + word.count <= scalars.count else { return false }
        return Array(scalars[index..<(index + word.count)]) == word
    }

    /// The index of the `)` that closes the call opened just before `start`.
    private static func closing(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var depth = 1
        var index = start
        var inString = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" { inString.toggle() }
            if !inString {
                if scalar == "(" || scalar == "[" { depth += 1 }
                if scalar == ")" || scalar == "]" { depth -= 1 }
                if depth == 0 { return index }
            }
            index += 1
        }
        return scalars.count
    }

    /// The first string literal after `label`.
    private static func string(after label: String, in text: String) -> String? {
        strings(after: label, in: text).first
    }

    /// Every string literal after each occurrence of `label` (every literal when `label` is empty).
    private static func strings(after label: String, in text: String) -> [String] {
        let pattern = label.isEmpty
            ? #""([^"]*)""#
            : NSRegularExpression.escapedPattern(for: label) + #"\s*"([^"]*)""#
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// The text between the `[` after `label` and its matching `]`.
    private static func bracketed(after label: String, in text: String) -> String? {
        guard let labelRange = text.range(of: label),
              let open = text[labelRange.upperBound...].firstIndex(of: "[") else { return nil }
        var depth = 0
        var index = open
        while index < text.endIndex {
            if text[index] == "[" { depth += 1 }
            if text[index] == "]" {
                depth -= 1
                if depth == 0 { return String(text[text.index(after: open)..<index]) }
            }
            index = text.index(after: index)
        }
        return nil
    }
}
