import Foundation
import RulesmithTestSupport
import Testing

/// Stack names as people type them (issue 19 item 5) through the binary and the built-in
/// registry: `--stack`, `.rulesmith.yml` and `render` accept any case and the registry's tag
/// aliases, write the stack ID, and a mistype names the closest stacks.
@Suite(.serialized)
struct StackAliasCommandLineTests {
    /// A git repository with a Cargo.toml and a throwaway registry (the built-in templates).
    private final class Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-alias-\(UUID().uuidString)")
        var path: String { root.appendingPathComponent("repo").path }

        init() throws {
            try FileManager.default.createDirectory(atPath: root.appendingPathComponent("repo").path, withIntermediateDirectories: true)
            _ = try Subprocess.run("/usr/bin/git", ["init", "-q", "-b", "main"], in: path)
            try Data("[package]\nname = \"crab\"\nversion = \"0.1.0\"\n".utf8).write(to: URL(fileURLWithPath: path + "/Cargo.toml"))
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func run(_ arguments: [String]) throws -> Rulesmith.Result {
            try Rulesmith.run(arguments, in: path, environment: ["RULESMITH_REGISTRY": root.appendingPathComponent("registry.sqlite").path])
        }
    }

    @Test func initWritesTheStackAnAliasMeans() throws {
        let scratch = try Scratch()
        let result = try scratch.run(["init", "--yes", "--stack", "Rust,golang"])
        #expect(result.status == 0, "\(result.stderr)")
        let configuration = try String(contentsOfFile: scratch.path + "/.rulesmith.yml", encoding: .utf8)
        #expect(configuration.contains("stacks: [rust, go]"), "\(configuration)")
        #expect(try scratch.run(["check"]).status == 0)
    }

    @Test func aConfigurationMayNameAStackByAlias() throws {
        let scratch = try Scratch()
        try Data("version: 1\nstacks: [rustlang, rails]\ntargets: [agents]\nvariables:\n  project_name: crab\n".utf8)
            .write(to: URL(fileURLWithPath: scratch.path + "/.rulesmith.yml"))
        let result = try scratch.run(["init", "--yes"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("rust.test_command = cargo test"), "\(result.stdout)")
        #expect(result.stdout.contains("ruby-rails.security_command"), "\(result.stdout)")
        #expect(try scratch.run(["check"]).status == 0)
    }

    @Test func aMistypedStackNamesTheClosestAndAnAmbiguousTagNamesItsStacks() throws {
        let scratch = try Scratch()
        let mistyped = try scratch.run(["init", "--yes", "--stack", "rst"])
        #expect(mistyped.status == 2)
        #expect(mistyped.stderr == "rulesmith: --stack: unknown stack 'rst' (did you mean 'rust'?); `rulesmith registry list` shows the stacks\n", "\(mistyped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/.rulesmith.yml"))
        let ambiguous = try scratch.run(["render", "--stack", "swift", "--target", "agents", "--var", "project_name=X"])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("stack 'swift' is ambiguous"), "\(ambiguous.stderr)")
        #expect(ambiguous.stderr.contains("swift-package"))
        let alias = try scratch.run(["render", "--stack", "k8s", "--target", "agents", "--var", "project_name=X"])
        #expect(alias.status == 0, "\(alias.stderr)")
    }
}
