import Foundation
import Testing

/// Temp files of a killed `apply` are removed by the next one wherever they are, including in a
/// folder that only the new render uses (a target being added), which the old lockfile does not name.
@Suite(.serialized)
struct LeftoverCleanupTests {
    @Test func tempFilesInANewTargetsFolderAreRemoved() throws {
        let scratch = try Scratch("leftovers")
        let fixture = try UpgradeFixture(scratch)
        try fixture.resetLive()
        let config = fixture.live + "/.rulesmith.yml"
        let text = scratch.read(config)
        try #require(text.contains("gemini]"))
        try scratch.write(config, text.replacingOccurrences(of: "gemini]", with: "gemini, kiro]"))
        // What an apply killed while writing the kiro files leaves behind.
        let leftover = fixture.live + "/.kiro/steering/.rulesmith-tmp-99999-12345-usage.md"
        try scratch.write(leftover, "half of a file")

        let applied = try fixture.spawn().wait()
        #expect(applied.status == 0, "\(applied.output)")
        #expect(FileManager.default.fileExists(atPath: fixture.live + "/.kiro/steering/usage.md"))
        #expect(Scratch.leftovers(fixture.live).isEmpty, "\(Scratch.leftovers(fixture.live))")
    }
}
