@testable import RulesmithTemplates
import Testing

/// `StackNameCheck` turns what people type into the stack it means (any case, the registry's tag
/// aliases, a tag only one stack carries) and names the closest stacks when nothing fits.
@Suite struct StackNameCheckTests {
    private let known = StackNameCheck.Known(
        stacks: [
            ("go", ["go", "backend"]), ("rust", ["rust", "cargo"]), ("ruby-rails", ["ruby", "rails"]),
            ("swift-package", ["swift"]), ("swiftui-app", ["swift", "swiftui"]), ("python", ["python"]),
        ],
        aliases: ["golang": "go", "ruby-on-rails": "rails", "rustlang": "rust"])

    @Test func aliasesCaseAndTagsNameTheirStack() throws {
        #expect(try StackNameCheck.resolve(["golang", "Rust", "rails", "ruby-on-rails", "RUSTLANG", "auto", "python"], in: known)
            == ["go", "rust", "ruby-rails", "ruby-rails", "rust", "auto", "python"])
    }

    @Test func aMistypeNamesTheClosestStacks() {
        let unknown = StackNameCheck.unknown(["go", "rst"], in: known)
        #expect(unknown?.id == "rst")
        #expect(unknown?.suggestions == ["rust"])
        #expect(unknown?.description == "unknown stack 'rst' (did you mean 'rust'?); `rulesmith registry list` shows the stacks")
        #expect(StackNameCheck.unknown(["cobol"], in: known)?.suggestions == [])
    }

    @Test func aTagOfSeveralStacksIsAChoice() {
        let unknown = StackNameCheck.unknown(["swift"], in: known, revision: 3)
        #expect(unknown?.ambiguous == true)
        #expect(unknown?.description == "stack 'swift' is ambiguous at revision 3: it is a tag of swift-package, swiftui-app; name one of them")
    }
}
