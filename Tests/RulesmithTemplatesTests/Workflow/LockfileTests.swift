import Foundation
import Testing
@testable import RulesmithTemplates

/// The lockfile contract: git blob ids, sorted-key JSON that round-trips, refusals that name the file.
struct LockfileTests {
    @Test func blobIDsAreWhatGitPrints() {
        #expect(GitBlobID.of([]) == "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391")
        #expect(GitBlobID.of(Array("hello\n".utf8)) == "ce013625030ba8dba906f756967f9e9ca394464a")
        #expect(GitBlobID.isValid("ce013625030ba8dba906f756967f9e9ca394464a"))
        #expect(!GitBlobID.isValid("CE013625030ba8dba906f756967f9e9ca394464a"))
    }

    static let sample = Lockfile(
        revision: 3, source: "builtin",
        inputs: LockedInputs(stacks: ["swift"], targets: ["agents", "cursor"], variables: ["project_name": "Demo"], overlays: [".rulesmith/overlays/x.md": "abc"]),
        files: [
            LockEntry(path: ".cursor/rules/b.mdc", target: "cursor", stacks: ["base"], rules: ["base/x"], revision: 3, source: "builtin", blob: GitBlobID.of([1])),
            LockEntry(path: "AGENTS.md", target: "agents", stacks: ["base", "swift"], rules: ["base/x", "swift/y"], revision: 3, source: "builtin",
                      blob: GitBlobID.of([2]), block: "agents", conflicted: true),
        ])

    @Test func roundTripWithSortedKeys() throws {
        let bytes = Self.sample.serialized()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(text.firstRange(of: "\"files\"")!.lowerBound < text.firstRange(of: "\"inputs\"")!.lowerBound)
        #expect(text.firstRange(of: "\"registry\"")!.lowerBound < text.firstRange(of: "\"version\"")!.lowerBound)
        let parsed = try Lockfile.parse(bytes, path: ".rulesmith.lock")
        #expect(parsed == Self.sample)
        #expect(parsed.files.map(\.path) == [".cursor/rules/b.mdc", "AGENTS.md"], "entries sorted by path")
        #expect(parsed.serialized() == bytes, "stable bytes: a rewrite changes nothing")
    }

    @Test func inputsHashChangesWithEveryInput() {
        let base = LockedInputs(stacks: ["a"], targets: ["agents"], variables: ["x": "1"], overlays: [:])
        var changed = [base, base, base, base]
        changed[0].stacks = ["b"]
        changed[1].targets = ["claude"]
        changed[2].variables = ["x": "2"]
        changed[3].overlays = ["o.md": "h"]
        #expect(Set(changed.map(\.hash) + [base.hash]).count == 5)
        #expect(LockedInputs(stacks: ["ab"], targets: []).hash != LockedInputs(stacks: ["a"], targets: ["b"]).hash)
    }

    @Test func badLockfilesAreRefusedNamingTheFile() {
        func message(_ text: String) -> String? {
            do {
                _ = try Lockfile.parse(Array(text.utf8), path: ".rulesmith.lock")
                return nil
            } catch {
                return error.description
            }
        }
        #expect(message("{") == ".rulesmith.lock: not valid JSON; restore it from git or delete it and run rulesmith init")
        #expect(message("{\"version\": 9}")?.contains("version 9 is not supported") == true)
        let escaping = """
            {"version":1,"registry":{"revision":1,"source":"b"},"inputs":{},"files":[{"path":"../x","target":"agents","blob":"\(GitBlobID.of([]))"}]}
            """
        #expect(message(escaping)?.contains("'../x' is not a path inside the repository") == true)
        let absolute = escaping.replacingOccurrences(of: "../x", with: "/etc/passwd")
        #expect(message(absolute)?.contains("not a path inside the repository") == true)
        let badBlob = escaping.replacingOccurrences(of: "../x", with: "AGENTS.md").replacingOccurrences(of: GitBlobID.of([]), with: "xyz")
        #expect(message(badBlob)?.contains("40 hex digits") == true)
    }

    /// A crafted entry under a skill folder but outside what the skills target writes, or an MCP
    /// entry elsewhere, is refused; a real one keeps its owned servers.
    @Test func skillAndServerEntriesOutsideTheAllowListAreRefused() throws {
        func lockfile(_ path: String, extra: String = "") -> String {
            """
            {"version":1,"registry":{"revision":1,"source":"b"},"inputs":{},"files":[{"path":"\(path)","target":"skills","blob":"\(GitBlobID.of([]))"\(extra)}]}
            """
        }
        for path in [
            ".claude/skills/release", ".claude/skills/release/.git/hooks/pre-commit", ".claude/settings.json",
            ".claude/skills/../settings.json", ".codex/hooks.toml", "app/.mcp.json", ".agents/skills/x/../../../.env",
        ] {
            #expect(throws: LockfileError.self, "\(path)") { try Lockfile.parse(Array(lockfile(path).utf8), path: ".rulesmith.lock") }
        }
        let skill = try Lockfile.parse(Array(lockfile(".claude/skills/release/scripts/tag.sh").utf8), path: ".rulesmith.lock")
        #expect(skill.files.first?.servers == nil)
        let mcp = try Lockfile.parse(Array(lockfile(".mcp.json", extra: ",\"servers\":[\"docs\"]").utf8), path: ".rulesmith.lock")
        #expect(mcp.files.first?.servers == ["docs"])
        #expect(try Lockfile.parse(mcp.serialized(), path: ".rulesmith.lock") == mcp)
        // `servers` on any other file means nothing.
        let other = try Lockfile.parse(Array(lockfile("AGENTS.md", extra: ",\"servers\":[\"docs\"]").utf8), path: ".rulesmith.lock")
        #expect(other.files.first?.servers == nil)
    }
}
