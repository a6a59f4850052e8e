import Testing
@testable import RulesmithTemplates

/// Managed blocks: only their bodies change; marker mistakes are reported, not guessed at.
struct ManagedBlocksTests {
    let text = "# Mine\n\nhand text\n<!-- rulesmith:begin base -->\nold\n<!-- rulesmith:end base -->\nmore of mine\n"

    @Test func replacesOnlyTheBody() throws {
        let blocks = try ManagedBlocks.parse(text)
        #expect(blocks.blocks.map(\.id) == ["base"])
        #expect(blocks.body(of: "base", in: text) == "old\n")
        #expect(blocks.replacing("base", with: "new\nlines\n", in: text) == "# Mine\n\nhand text\n<!-- rulesmith:begin base -->\nnew\nlines\n<!-- rulesmith:end base -->\nmore of mine\n")
    }

    @Test func markerProblems() {
        #expect(throws: ManagedBlocks.Problem.unclosed(id: "a", line: 1)) { try ManagedBlocks.parse("<!-- rulesmith:begin a -->\nx\n") }
        #expect(throws: ManagedBlocks.Problem.unexpectedEnd(id: "a", line: 1)) { try ManagedBlocks.parse("<!-- rulesmith:end a -->\n") }
        #expect(throws: ManagedBlocks.Problem.nested(outer: "a", inner: "b", line: 2)) {
            try ManagedBlocks.parse("<!-- rulesmith:begin a -->\n<!-- rulesmith:begin b -->\n")
        }
        #expect(throws: ManagedBlocks.Problem.duplicate(id: "a", line: 3)) {
            try ManagedBlocks.parse("<!-- rulesmith:begin a -->\n<!-- rulesmith:end a -->\n<!-- rulesmith:begin a -->\n")
        }
    }

    @Test func wrapRoundTrips() throws {
        let wrapped = ManagedBlocks.wrap("x", "body")
        #expect(try ManagedBlocks.parse(wrapped).body(of: "x", in: wrapped) == "body\n")
    }
}
