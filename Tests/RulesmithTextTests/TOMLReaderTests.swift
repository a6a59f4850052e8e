import RulesmithText
import Testing

/// The TOML subset reader: values, tables, arrays of tables, and the line of every key.
@Suite struct TOMLReaderTests {
    @Test func readsTheManifestSubsetWithLines() throws {
        let text = """
            # a comment
            [package]
            name = "demo" # trailing
            edition = '2021'
            version.workspace = true
            keywords = [
              "a", # one
              "b",
            ]

            [dependencies]
            serde = { version = "1.0", features = ["derive"] }
            tokio = "1"

            [[bin]]
            name = "one"
            [[bin]]
            name = "two"

            [tool."quoted.key"]
            text = \"\"\"
            multi
            line\"\"\"
            flag = true
            number = 3.5
            """
        let table = try TOMLReader.read(text)
        #expect(table.value(at: ["package", "name"])?.string == "demo")
        #expect(table.line(at: ["package", "edition"]) == 4)
        #expect(table.value(at: ["package", "keywords"])?.strings == ["a", "b"])
        #expect(table.table(at: ["package", "version"])?["workspace"] == .scalar("true"))
        #expect(table.value(at: ["dependencies", "serde"])?.table?["version"]?.string == "1.0")
        #expect(table.line(at: ["dependencies", "tokio"]) == 13)
        #expect(table["bin"]?.array?.compactMap { $0.table?["name"]?.string } == ["one", "two"])
        #expect(table.value(at: ["tool", "quoted.key", "text"])?.string == "multi\nline")
        #expect(table.line(of: "package") == 2)
    }

    @Test(arguments: ["key = ", "[table", "a = \"unterminated", "a = 1\na = 2", "a = wat"])
    func rejectsWhatItCannotReadExactly(_ text: String) {
        #expect(throws: TOMLError.self) { try TOMLReader.read(text) }
    }
}
