import Foundation
import RulesmithTestSupport
import Testing

/// `hook run` and the files staged rules files import, in a repository with more unchanged
/// importers than the hook reads one by one: their blobs are skipped only when the commit changes
/// nothing they could lead to, and an unchanged rules file a staged one imports is checked.
@Suite(.serialized)
struct HookImportersTests {
    static let injection = TrustBoundaryLintTests.injection
    static let packages = 70

    /// A committed repository of `packages` folders, each a CLAUDE.md importing its setup.md.
    static func monorepo() throws -> TrustSandbox {
        let sandbox = try TrustSandbox()
        for package in 0..<packages {
            try sandbox.write("repo/p\(package)/CLAUDE.md", "# Package \(package)\n\n@setup.md\n")
            try sandbox.write("repo/p\(package)/setup.md", "# Setup\n\n- Run the tests.\n")
        }
        try sandbox.write("repo/p1/AGENTS.md", "# Agents\n\n" + injection + "\n")
        try sandbox.git("add", "-A")
        try sandbox.git("commit", "-qm", "packages")
        return sandbox
    }

    @Test func aChangedImportOfOneUnchangedImporterAmongManyIsChecked() throws {
        let sandbox = try Self.monorepo()
        try sandbox.write("repo/p42/setup.md", "# Setup\n\n" + Self.injection + "\n")
        try sandbox.git("add", "p42/setup.md")
        let hook = try sandbox.rulesmith(["hook", "run"])
        #expect(hook.status == 1, "\(hook.output)")
        #expect(hook.output.contains("p42/setup.md:3:1") && hook.output.contains("imported by p42/CLAUDE.md"), "\(hook.output)")
    }

    @Test func aCommitOfRulesFilesOnlyChecksWhatTheyImport() throws {
        let sandbox = try Self.monorepo()
        // The staged CLAUDE.md now also loads the unchanged AGENTS.md beside it, which is checked
        // as an import; the 69 other importers and their unchanged imports are not.
        try sandbox.write("repo/p1/CLAUDE.md", "# Package 1\n\n@setup.md\n@AGENTS.md\n")
        try sandbox.git("add", "p1/CLAUDE.md")
        let hook = try sandbox.rulesmith(["hook", "run", "--format", "json"])
        #expect(hook.status == 1, "\(hook.output)")
        #expect(hook.stdout.contains("p1/AGENTS.md") && hook.stdout.contains("imported by p1/CLAUDE.md"), "\(hook.output)")
        #expect(!hook.stdout.contains("p2/"), "\(hook.output)")
        let clean = try Self.monorepo()
        try clean.write("repo/p3/CLAUDE.md", "# Package 3, edited\n\n@setup.md\n")
        try clean.git("add", "p3/CLAUDE.md")
        let quiet = try clean.rulesmith(["hook", "run"])
        #expect(quiet.status == 0, "\(quiet.output)")
    }
}
