import Foundation
import Testing

/// `apply` writes the lockfile last, after the pin in `.rulesmith.yml`: when anything before it
/// fails (or the run dies), the old lockfile stays, and the next run redoes the upgrade. A new
/// lockfile beside an old pin would make a plain `apply` take the new files for a downgrade.
@Suite(.serialized)
struct LockfileLastTests {
    @Test func aFailedPinLeavesTheOldLockfile() throws {
        let scratch = try Scratch("lock-last")
        let fixture = try UpgradeFixture(scratch)
        try fixture.resetLive()
        // The pin cannot be written: the configuration is a symlink out of the repository, which
        // rulesmith reads but never writes through.
        let outside = scratch.root + "/outside.yml"
        try FileManager.default.moveItem(atPath: fixture.live + "/.rulesmith.yml", toPath: outside)
        try FileManager.default.createSymbolicLink(atPath: fixture.live + "/.rulesmith.yml", withDestinationPath: outside)
        let lockBefore = FileManager.default.contents(atPath: fixture.live + "/.rulesmith.lock")
        let configBefore = FileManager.default.contents(atPath: outside)

        let failed = try fixture.spawn().wait()
        #expect(failed.status == 2, "\(failed.output)")
        #expect(failed.stderr.contains("refusing to write"), "\(failed.stderr)")
        #expect(FileManager.default.contents(atPath: outside) == configBefore)
        #expect(FileManager.default.contents(atPath: fixture.live + "/.rulesmith.lock") == lockBefore, "the lockfile moved ahead of the pin")

        // Once the pin can be written, the next run finishes the upgrade, hand edits kept.
        try FileManager.default.removeItem(atPath: fixture.live + "/.rulesmith.yml")
        try FileManager.default.copyItem(atPath: outside, toPath: fixture.live + "/.rulesmith.yml")
        let again = try fixture.spawn().wait()
        #expect(again.status == 0, "\(again.output)")
        let reference = scratch.root + "/reference"
        try scratch.restore(fixture.pristine, to: reference)
        #expect(try fixture.spawn(in: reference).wait().status == 0)
        #expect(Scratch.snapshot(fixture.live) == Scratch.snapshot(reference))
    }
}
