import Testing
@testable import RulesmithEditors

/// Each editor's glob dialect: comma lists and per-dialect validation.
struct GlobDialectTests {
    @Test func splitsCommaListsOutsideBraces() {
        let text = Array(" src/**/*.{ts,tsx}, docs/*.md ,,x[,]y".utf8)
        let parts = GlobDialect.splitCommaList(text[...]).map { String(decoding: text[$0], as: UTF8.self) }
        #expect(parts == ["src/**/*.{ts,tsx}", "docs/*.md", "", "x[,]y"])
    }

    @Test func validatesPerDialect() {
        #expect(GlobDialect.cursor.issues(in: "src/**/*.ts").isEmpty)
        #expect(GlobDialect.cursor.issues(in: "./src/*.ts").map(\.impact) == [.doubtful])
        #expect(GlobDialect.copilot.issues(in: "/src/**").map(\.range) == [0..<1])
        #expect(GlobDialect.kiro.issues(in: "C:\\src\\*.ts").map(\.impact) == [.unusable, .doubtful])
        #expect(GlobDialect.windsurf.issues(in: "").map(\.impact) == [.doubtful])
        let unclosed = GlobDialect.cursor.issues(in: "é/{a")
        #expect(unclosed.map(\.range) == [3..<4])
        #expect(unclosed.first?.message.contains("unclosed '{'") == true)
        #expect(GlobDialect.cursor.issues(in: "\\*.md").isEmpty)
        #expect(GlobDialect.allCases.map(\.key) == ["globs", "applyTo", "paths", "fileMatchPattern", "globs", "paths"])
    }
}
