import Foundation
import Testing

/// Two `rulesmith registry import` on one database at once, including the very first use that
/// creates and seeds it: both succeed (one waits for the other) or one says the registry is
/// busy; never a raw "database is locked"; the file stays sound and every revision is whole.
@Suite(.serialized)
struct ConcurrentImportTests {
    @Test func twoImportsAtOnceBothLand() throws {
        let scratch = try Scratch("concurrent-import")
        let sets = [scratch.root + "/set-a", scratch.root + "/set-b"]
        try RegistryImportKillTests.writeLargeSet(scratch, at: sets[0], stacks: 20, rules: 4, variant: "first")
        try RegistryImportKillTests.writeLargeSet(scratch, at: sets[1], stacks: 20, rules: 4, variant: "second")

        for round in 0..<4 {
            // Round 0 starts with no database at all: both processes race to create and seed it.
            let database = scratch.root + "/round\(round)/registry.sqlite"
            try FileManager.default.createDirectory(atPath: scratch.root + "/round\(round)", withIntermediateDirectories: true)
            var before = 0
            if round > 0 {
                try scratch.run(Rulesmith.executable.path, ["registry", "list"], in: scratch.root, registry: database)
                before = try RegistryProbe.revisions(scratch, database: database)
            }
            let children = try sets.map { set in
                try Spawned.rulesmith(
                    ["registry", "import", set, "--registry", database], in: scratch.root,
                    environment: scratch.environment(registry: database), logs: scratch.logs)
            }
            let outcomes = children.map { $0.wait() }
            var landed = 0
            for outcome in outcomes {
                ConcurrentApplyTests.expectNoCrash(outcome, "import (round \(round))")
                #expect(!outcome.output.contains("database is locked"), "round \(round): raw SQLite message: \(outcome.output)")
                if outcome.status == 0 {
                    landed += 1
                } else {
                    #expect(outcome.status == 2 && outcome.stderr.contains("busy"), "round \(round): \(outcome.output)")
                }
            }
            #expect(try RegistryProbe.integrity(scratch, database: database) == "ok", "round \(round)")
            // The built-in seed (round 0) plus one revision per import that landed.
            let after = try RegistryProbe.revisions(scratch, database: database)
            #expect(after == (round == 0 ? 1 : before) + landed, "round \(round): \(before) → \(after) revisions, \(landed) imports landed")
            #expect(landed == 2, "round \(round): an import gave up: \(outcomes.map(\.output))")
            // Each landed import is whole: 20 stacks of 4 rules under its revision.
            let perRevision = try scratch.run(
                "/usr/bin/sqlite3", [database, "SELECT revision_id, count(*) FROM rule_template WHERE stack_id LIKE 'stack%' GROUP BY revision_id;"],
                in: scratch.root
            ).stdout.split(separator: "\n")
            #expect(perRevision.allSatisfy { $0.hasSuffix("|80") }, "round \(round): \(perRevision)")
        }
    }
}
