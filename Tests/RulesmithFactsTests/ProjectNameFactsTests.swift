import Testing
@testable import RulesmithFacts

/// The name a repository gives itself, for `project_name`: the root manifest, else the README's
/// H1, never a nested project's manifest.
struct ProjectNameFactsTests {
    @Test func theRootManifestNamesTheProject() {
        let node = FactsFixture(["package.json": "{\n  \"name\": \"shop\",\n  \"scripts\": {}\n}\n", "README.md": "# The Shop\n"]).facts()
        #expect(node.projectName == ProjectNameFact(value: "shop", evidence: Evidence("package.json", line: 2)))
        let rust = FactsFixture(["Cargo.toml": "[package]\nname = \"ripgrep\"\nversion = \"1.0.0\"\n"]).facts()
        #expect(rust.projectName == ProjectNameFact(value: "ripgrep", evidence: Evidence("Cargo.toml", line: 2)))
        let python = FactsFixture(["pyproject.toml": "[build-system]\nrequires = []\n\n[project]\nname = \"acme-api\"\n"]).facts()
        #expect(python.projectName == ProjectNameFact(value: "acme-api", evidence: Evidence("pyproject.toml", line: 5)))
        let poetry = FactsFixture(["pyproject.toml": "[tool.poetry]\nname = \"tool\"\n"]).facts()
        #expect(poetry.projectName?.value == "tool")
    }

    @Test func elseTheReadmesHeading() {
        let readme = FactsFixture(["README.md": "[![CI](x.svg)](ci)\n\n```\n# not this\n```\n# **Widget** [docs](d)\n\nText.\n"]).facts()
        #expect(readme.projectName == ProjectNameFact(value: "Widget docs", evidence: Evidence("README.md", line: 6)))
        #expect(FactsFixture(["README.md": "Just text.\n", "apps/web/package.json": "{\"name\": \"web\"}\n"]).facts().projectName == nil)
        #expect(FactsFixture(["README.md": "# ![logo](logo.png)\n"]).facts().projectName == nil)
    }
}
