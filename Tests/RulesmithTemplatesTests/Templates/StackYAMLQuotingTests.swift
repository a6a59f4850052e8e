import Testing
@testable import RulesmithTemplates

/// A team's `stack.yml` with an unquoted value holding `: ` is refused with the file, the line
/// and the quoted form to write instead, not a bare YAML error.
struct StackYAMLQuotingTests {
    @Test func anUnquotedColonValueNamesTheLineAndTheFix() {
        let yaml = "id: acme\ntitle: Acme\ndescription: Foo: bar\ncategory: base\n"
        do {
            _ = try StackParser.parse(Array(yaml.utf8), folder: "acme", path: "team/acme/stack.yml")
            Issue.record("an unquoted 'Foo: bar' was accepted")
        } catch {
            let message = "\(error)"
            #expect(message.hasPrefix("team/acme/stack.yml:3: stack.yml is not valid YAML at line 3: mapping values are not allowed"), "\(message)")
            #expect(message.hasSuffix("a value that contains ': ' must be quoted: description: \"Foo: bar\""), "\(message)")
            #expect(!message.contains("\n"))
        }
        let quoted = "id: acme\ntitle: Acme\ndescription: \"Foo: bar\"\ncategory: base\n"
        #expect((try? StackParser.parse(Array(quoted.utf8), folder: "acme", path: "team/acme/stack.yml"))?.description == "Foo: bar")
    }
}
