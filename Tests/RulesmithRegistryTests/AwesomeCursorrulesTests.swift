import RulesmithTemplates
import Testing

/// Mapping the awesome-cursorrules layouts onto stacks.
@Suite struct AwesomeCursorrulesTests {
    @Test func aPerStackFolderBecomesOneStackWithAnAlwaysOnRule() throws {
        let tree = TemplateTree(rootName: "awesome-cursorrules", files: Fixtures.awesomeRepository.mapValues { Array($0.utf8) })
        let set = try TemplateLayout.read(tree)
        #expect(set.format == .awesomeCursorrules)
        let stack = try #require(set.stacks.first)
        #expect(set.stacks.count == 1)
        #expect(stack.id == "nextjs-react-typescript")
        #expect(stack.title == "Next.js React TypeScript")
        #expect(stack.author == "Pontus Abrahamsson")
        #expect(stack.category == AwesomeCursorrules.category)
        #expect(stack.sourcePath == "rules/nextjs-react-typescript-cursorrules-prompt-file")
        let always = stack.rules.filter { $0.activation == .always }
        #expect(always.map(\.id) == [AwesomeCursorrules.cursorrulesRuleID])
        #expect(always.first?.body == Array(Fixtures.awesomeRepository[
            "rules/nextjs-react-typescript-cursorrules-prompt-file/.cursorrules"]!.utf8))
        #expect(always.first?.source.kind == .cursorrules)
        #expect(always.first?.source.path == "rules/nextjs-react-typescript-cursorrules-prompt-file/.cursorrules")
        let mdc = try #require(stack.rules.first { $0.id == "nextjs-app-router" })
        #expect(mdc.globs == ["app/**/*.tsx", "app/**/*.{ts,tsx}"])
        #expect(mdc.activation == .globs)
    }

    @Test func aFolderOfMDCFilesBecomesOneStack() throws {
        let tree = TemplateTree(rootName: "python-rules", files: Fixtures.awesomeMDCFolder.mapValues { Array($0.utf8) })
        let set = try TemplateLayout.read(tree)
        let stack = try #require(set.stacks.first)
        #expect(set.stacks.count == 1)
        #expect(stack.id == "python-rules")
        #expect(stack.rules.map(\.id) == ["python-fastapi", "python-testing"])
        #expect(stack.rules[0].globs == ["**/*.py"])
        #expect(stack.rules[0].description == "FastAPI best practices")
        #expect(stack.rules[1].globs == ["tests/**/*.py"])
        // The stored files are in the canonical format and parse back to the same rule.
        let again = try RuleTemplateParser.parse(id: stack.rules[0].id, bytes: stack.rules[0].file, path: "x.md")
        #expect(again.globs == stack.rules[0].globs && again.body == stack.rules[0].body)
    }

    @Test(arguments: [
        ("nextjs-cursorrules-prompt-file", "nextjs"),
        ("python-django-best-practices-cursorrules-prompt-fi", "python-django-best-practices"),
        ("Angular Novo Elements", "angular-novo-elements"),
    ])
    func stackIDsDropTheCursorrulesSuffix(_ folder: String, _ id: String) {
        #expect(AwesomeCursorrules.stackID(forFolder: folder) == id)
    }
}
