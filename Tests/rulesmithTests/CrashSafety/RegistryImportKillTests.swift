import Foundation
import Testing

/// SIGKILLs `rulesmith registry import` of a large template set at random moments, then checks
/// that the database passes `PRAGMA integrity_check` and holds the whole revision or none of
/// it, and that the next import succeeds with no manual step.
@Suite(.serialized)
struct RegistryImportKillTests {
    /// A template set of `stacks` stacks with several rules each, large enough that the import's
    /// transaction takes a while.
    static func writeLargeSet(_ scratch: Scratch, at folder: String, stacks: Int, rules: Int, variant: String) throws {
        for stack in 0..<stacks {
            let id = "stack\(stack)"
            try scratch.write(
                folder + "/\(id)/stack.yml", "id: \(id)\ntitle: Stack \(stack)\ndescription: Generated stack \(stack).\ncategory: language\n")
            for rule in 0..<rules {
                var body = "---\ndescription: Rule \(rule) of \(id)\nalwaysApply: true\n---\n# Rule \(rule)\n\n"
                for line in 0..<20 { body += "- \(variant) guidance \(line) for rule \(rule) of \(id): keep the code clear and tested.\n" }
                try scratch.write(folder + "/\(id)/rule\(rule).md", body)
            }
        }
    }

    @Test func importKilledAtRandomMomentsIsAllOrNothing() throws {
        let scratch = try Scratch("kill-import")
        let pristine = scratch.root + "/pristine"
        let live = scratch.root + "/live"
        let database = live + "/registry.sqlite"
        let set = scratch.root + "/set"
        try Self.writeLargeSet(scratch, at: scratch.root + "/set-v1", stacks: 30, rules: 5, variant: "first")
        try Self.writeLargeSet(scratch, at: set, stacks: 30, rules: 5, variant: "second")
        try FileManager.default.createDirectory(atPath: pristine, withIntermediateDirectories: true)
        try scratch.run(
            Rulesmith.executable.path, ["registry", "import", scratch.root + "/set-v1"], in: scratch.root,
            registry: pristine + "/registry.sqlite")
        let command = ["registry", "import", set, "--registry", database]
        func spawn() throws -> Spawned {
            try Spawned.rulesmith(command, in: scratch.root, environment: scratch.environment(registry: database), logs: scratch.logs)
        }

        try scratch.restore(pristine, to: live)
        let oldPrint = try RegistryProbe.fingerprint(scratch, database: database)
        let oldRevisions = try RegistryProbe.revisions(scratch, database: database)
        let started = Spawned.now
        let reference = try spawn().wait()
        let duration = Spawned.now - started
        try #require(reference.status == 0, "uninterrupted import: \(reference.output)")
        let newPrint = try RegistryProbe.fingerprint(scratch, database: database)
        let newCurrent = try RegistryProbe.current(scratch, database: database)
        try #require(newPrint != oldPrint)

        var schedule = KillSchedule(command: "registry-import")
        var tally = KillTally(command: "registry-import", seed: schedule.seed)
        for index in 0..<schedule.kills {
            try scratch.restore(pristine, to: live)
            let delay = schedule.nextDelay(duration: duration)
            let context = schedule.context(index, delay: delay)
            let child = try spawn()
            usleep(UInt32(delay))
            child.kill()
            let killed = child.wait()

            #expect(try RegistryProbe.integrity(scratch, database: database) == "ok", "integrity after the kill; \(context)")
            let found = try RegistryProbe.fingerprint(scratch, database: database)
            #expect(found == oldPrint || found == newPrint, "the database holds part of the import; \(context)")
            let moment = !killed.killed ? "finished-before-kill" : found == newPrint ? "committed" : "rolled-back"

            // The next import needs no manual step: no stale lock, no "database is locked".
            let again = try spawn().wait()
            #expect(again.status == 0, "re-import after the kill: \(again.output); \(context)")
            #expect(!again.output.contains("database is locked"), "\(context)")
            let integrity = try RegistryProbe.integrity(scratch, database: database)
            #expect(integrity == "ok", "integrity after the re-import; \(context)")
            let current = try RegistryProbe.current(scratch, database: database)
            #expect(current == newCurrent, "the re-import does not end where an uninterrupted one does; \(context)")
            // One revision per import that committed: the killed one (if it did) and the re-run.
            let revisions = try RegistryProbe.revisions(scratch, database: database)
            #expect(revisions == oldRevisions + (moment == "rolled-back" ? 1 : 2), "\(context)")
            tally.record(moment, recovered: again.status == 0 && integrity == "ok" && current == newCurrent)
        }
        print(tally.line)
    }
}
