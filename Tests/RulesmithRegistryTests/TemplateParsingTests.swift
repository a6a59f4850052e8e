import Foundation
import RulesmithTemplates
import RulesmithText
import Testing

/// The pure template model: layouts, stack.yml and rule files, IDs and paths.
@Suite struct TemplateParsingTests {
    private func teamTree() -> TemplateTree {
        TemplateTree(rootName: "team", files: Fixtures.teamRepository.mapValues { Array($0.utf8) })
    }

    @Test func readsTheRepositoryLayout() throws {
        let set = try TemplateLayout.read(teamTree())
        #expect(set.format == .rulesmith)
        #expect(set.stacks.map(\.id) == ["base", "swift"])
        #expect(set.index?.tagAliases["swiftlang"] == "swift")
        #expect(set.documents.keys.sorted() == ["Registry/index.yml", "Templates/README.md"])
        let swift = try #require(set.stacks.last)
        #expect(swift.extends == ["base"])
        #expect(swift.detect.files == ["Package.swift"])
        #expect(swift.detect.dependencies["Package.swift"] == ["swift-argument-parser"])
        #expect(swift.variables == [TemplateVariable(
            name: "test_command", description: "The command that runs the whole test suite", defaultValue: "swift test")])
        #expect(swift.rules.map(\.id) == ["concurrency", "testing"])
        let testing = swift.rules[1]
        #expect(testing.activation == .globs)
        #expect(testing.globs == ["Tests/**/*.swift"])
        #expect(testing.targets == ["all", "!cursorrules"])
        #expect(testing.applies(to: "cursor") && !testing.applies(to: "cursorrules"))
        #expect(testing.overrides["copilot"]?["excludeAgent"] == .string("code-review"))
        #expect(swift.rules[0].activation == .descriptionRequested)
        #expect(set.stacks[0].rules[0].activation == .always)
        let base = set.stacks[0]
        #expect(base.variable(named: "project_name")?.isRequired == true)
    }

    @Test func keepsExactBytesOfEveryFile() throws {
        let set = try TemplateLayout.read(teamTree())
        let files = TemplateLayout.files(stacks: set.stacks, documents: set.documents)
        #expect(files == teamTree().files)
        let concurrency = try #require(set.stacks.last?.rules.first)
        #expect(concurrency.body.starts(with: Array("# Concurrency\r\n".utf8)))
        #expect(concurrency.body.last != 0x0A)
    }

    @Test func activationFollowsTheFrontmatter() {
        #expect(Activation(alwaysApply: true, globs: ["*.ts"], description: "x") == .always)
        #expect(Activation(alwaysApply: false, globs: ["*.ts"], description: nil) == .globs)
        #expect(Activation(alwaysApply: false, globs: [], description: "Use when") == .descriptionRequested)
        #expect(Activation(alwaysApply: false, globs: [], description: nil) == .manual)
    }

    @Test(arguments: ["swift", "python-django", "a1-b2", String(repeating: "a", count: 64)])
    func acceptsKebabCaseIDs(_ id: String) {
        #expect(TemplateIdentifier.isKebabCase(id))
    }

    @Test(arguments: ["", "Swift", "python_django", "-a", "a-", "a--b", "a/b", "..", "a b", String(repeating: "a", count: 65)])
    func rejectsOtherIDs(_ id: String) {
        #expect(!TemplateIdentifier.isKebabCase(id))
    }

    @Test(arguments: ["../evil/stack.yml", "/etc/passwd", "Templates/../x.md", "Templates//x.md", "./x", "C:/x", "a\\b"])
    func refusesUnsafePaths(_ path: String) {
        let tree = TemplateTree(rootName: "root", files: [path: Array("x".utf8)])
        #expect(throws: TemplateError.unsafePath(path)) { try TemplateLayout.read(tree) }
    }

    @Test func refusesARuleIDThatIsNotKebabCase() {
        var files = teamTree().files
        files["Templates/swift/Bad_Rule.md"] = Array("# x\n".utf8)
        #expect(throws: TemplateError.invalidIdentifier(kind: "rule ID", value: "Bad_Rule", path: "Templates/swift/Bad_Rule.md")) {
            try TemplateLayout.read(TemplateTree(rootName: "team", files: files))
        }
    }

    @Test func refusesAStackWhoseIDDiffersFromItsFolder() {
        var files = teamTree().files
        files["Templates/other/stack.yml"] = files["Templates/swift/stack.yml"]
        #expect(throws: TemplateError.self) { try TemplateLayout.read(TemplateTree(rootName: "team", files: files)) }
    }

    @Test func refusesUnknownKeysAndFiles() {
        var files = teamTree().files
        files["Templates/swift/notes.txt"] = Array("x".utf8)
        #expect(throws: TemplateError.unexpectedFile("Templates/swift/notes.txt")) {
            try TemplateLayout.read(TemplateTree(rootName: "team", files: files))
        }
        #expect(throws: TemplateError.self) {
            try RuleTemplateParser.parse(id: "x", bytes: Array("---\nglob: '*.ts'\n---\nbody\n".utf8), path: "x.md")
        }
        #expect(throws: TemplateError.self) {
            try RuleTemplateParser.parse(id: "x", bytes: Array("---\ntargets: [vscode]\n---\nbody\n".utf8), path: "x.md")
        }
    }

    @Test func readsASingleStackFolder() throws {
        var files: [String: [UInt8]] = [:]
        for (path, text) in Fixtures.teamRepository where path.hasPrefix("Templates/base/") {
            files[String(path.dropFirst("Templates/base/".count))] = Array(text.utf8)
        }
        let set = try TemplateLayout.read(TemplateTree(rootName: "base", files: files))
        #expect(set.stacks.map(\.id) == ["base"])
    }

    @Test func rendersVariablesWithDefaultsAndValues() throws {
        let set = try TemplateLayout.read(teamTree())
        let stacks = Dictionary(uniqueKeysWithValues: set.stacks.map { ($0.id, $0) })
        let chain = try StackResolver.resolve("swift", in: stacks)
        let variables = StackResolver.variables(of: chain)
        let testing = try #require(stacks["swift"]?.rules.last)
        let output = try TemplateRenderer.render(
            testing.body, variables: variables, values: ["project_name": "Acme"], stack: "swift")
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.contains("Run `swift test` before every commit of Acme."))
    }

    @Test func aMissingRequiredVariableIsNamed() throws {
        let variable = TemplateVariable(name: "project_name")
        #expect(throws: TemplateError.missingVariable(name: "project_name", stack: "base")) {
            try TemplateRenderer.render(Array("Hi {{project_name}}".utf8), variables: [variable], values: [:], stack: "base")
        }
    }

    @Test func aValueMustMatchItsPattern() throws {
        let variable = TemplateVariable(name: "port", pattern: "^[0-9]+$")
        #expect(throws: TemplateError.variablePatternMismatch(name: "port", value: "80a", pattern: "^[0-9]+$")) {
            try TemplateRenderer.render(Array("{{port}}".utf8), variables: [variable], values: ["port": "80a"], stack: "s")
        }
        let output = try TemplateRenderer.render(Array("{{port}}/{{other}}".utf8), variables: [variable], values: ["port": "80"], stack: "s")
        #expect(output == Array("80/{{other}}".utf8))
    }

    @Test func undeclaredPlaceholdersAreRefusedAtParseOfTheSet() throws {
        var set = try TemplateLayout.read(teamTree())
        set.stacks[1].rules[1].body = Array("{{nope}}".utf8)
        let stacks = Dictionary(uniqueKeysWithValues: set.stacks.map { ($0.id, $0) })
        #expect(throws: TemplateError.undeclaredVariable(name: "nope", path: "Templates/swift/testing.md")) {
            try StackResolver.checkPlaceholders(of: set.stacks[1], in: stacks)
        }
    }

    @Test func resolvesExtendsBaseFirstAndRefusesCycles() throws {
        func stack(_ id: String, _ extends: [String]) -> TemplateStack {
            TemplateStack(id: id, title: id, description: id, category: "language", extends: extends, file: [], sourcePath: id)
        }
        let stacks = Dictionary(uniqueKeysWithValues: [
            stack("base", []), stack("typescript", []), stack("react", ["typescript"]),
            stack("nextjs", ["typescript", "react"]),
        ].map { ($0.id, $0) })
        #expect(try StackResolver.resolve("nextjs", in: stacks).map(\.id) == ["base", "typescript", "react", "nextjs"])
        var cyclic = stacks
        cyclic["typescript"] = stack("typescript", ["nextjs"])
        #expect(throws: TemplateError.extendsCycle(["nextjs", "typescript", "nextjs"])) {
            try StackResolver.resolve("nextjs", in: cyclic)
        }
        var missing = stacks
        missing["react"] = stack("react", ["javascript"])
        #expect(throws: TemplateError.unknownStack(id: "javascript", referencedBy: "react")) {
            try StackResolver.resolve("nextjs", in: missing)
        }
    }

    @Test func base64RoundTrips() {
        for count in 0..<8 {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 * 77 + 200) }
            let text = Base64.encode(bytes)
            #expect(text == Data(bytes).base64EncodedString())
            #expect(Base64.decode(text) == bytes)
        }
        #expect(Base64.decode("abc") == nil)
        #expect(Base64.decode("a=bc") == nil)
    }

    @Test func contentHashIsSHA256() {
        #expect(ContentHash.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
