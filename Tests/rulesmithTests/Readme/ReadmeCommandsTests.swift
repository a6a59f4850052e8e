import Foundation
import Testing

/// Every command the README shows runs, in a sandbox, as the README says it does, so the manual
/// cannot drift from the binary.
///
/// How the README is read (write new blocks this way):
/// - A `console` block (or any command block with `$ ` lines) is a session: each `$ ` line is a
///   command (a trailing `\` continues it), the lines under it are its output. The commands run
///   in one shell, so `cd` and `export` carry over. Each must exit 0, or N when its last output
///   line is `(exit N)`, and print every shown line in order (`…` lines are left out, `…` in a line
///   is any text; whitespace and hexadecimal ids are normalised).
/// - An `sh` block without `$ ` is a list of examples: each line runs on its own, in a fresh
///   sandbox, under a terminal (a question is answered "n"), and must exit 0 or 1.
/// - Comments right before a block: `<!-- readme-test: skip — REASON -->` (cannot run in a
///   sandbox: installs, builds, benchmarks, shell start-up files), `<!-- readme-test: in FIXTURE -->`
///   (the sandbox, see `ReadmeFixtures`; default `repository`), `<!-- readme-test: continue -->`
///   (run in the previous block's sandbox and folder), `<!-- readme-test: file PATH -->` (this
///   block is a file written into the current sandbox; `file PATH in FIXTURE`: into every sandbox of
///   that fixture). Several go in one comment separated by `;` (a skip takes the whole comment).
/// - URLs on `git.example.com` stand for local bare remotes (see `ReadmeSandbox`).
///
/// `README_TEST_LINES=FROM-TO` runs only the blocks that start in that range; `README_TEST_SHOW=1`
/// prints what each session command printed (to write a block's output).
@Suite(.serialized)
struct ReadmeCommandsTests {
    @Test func everyCommandTheReadmeShowsRunsAsShown() throws {
        let readme = try String(contentsOfFile: ReadmeFixtures.packageRoot + "/README.md", encoding: .utf8)
        let blocks = ReadmeParser.blocks(in: readme)
        let report = ReadmeRunner(lines: Self.lineRange()).run(blocks)
        print(report.summary)
        for skipped in report.blocksSkipped { print("  README.md:\(skipped.line): skipped: \(skipped.reason)") }
        for failure in report.failures { Issue.record(Comment(rawValue: failure)) }
        if Self.lineRange() == nil {
            #expect(report.blocksRun >= 15, "\(report.summary)")
            #expect(report.blocksRun + report.blocksSkipped.count >= blocks.filter(\.isCommands).count)
        }
    }

    @Test func sessionsAndScriptsAreReadAsTheTestDocuments() {
        let text = """
            <!-- readme-test: in bootstrapped; continue -->
            ```console
            $ rulesmith check \\
                --latest
            3 files up to date
            …
            (exit 1)
            $ git log --oneline
            ```

            <!-- readme-test: skip — installs into /usr/local -->
            ```sh
            make install   # needs root
            # a comment
            rulesmith lint .
            ```

              ```yaml
              a: b
              ```
            """
        let blocks = ReadmeParser.blocks(in: text)
        #expect(blocks.count == 3)
        let session = blocks[0]
        #expect(session.line == 2 && session.isSession && session.isCommands)
        #expect(session.directives.fixture == "bootstrapped" && session.directives.continues)
        #expect(session.commands.map(\.text) == ["rulesmith check  --latest", "git log --oneline"])
        #expect(session.commands.map(\.expectedStatus) == [1, 0])
        #expect(session.commands[0].line == 3 && session.commands[1].line == 8)
        let script = blocks[1]
        #expect(script.directives.skipReason == "installs into /usr/local")
        #expect(script.commands.map(\.text) == ["make install   # needs root", "rulesmith lint ."])
        #expect(script.commands.allSatisfy { $0.expectedStatus == nil })
        #expect(blocks[2].language == "yaml" && blocks[2].body == ["a: b"] && !blocks[2].isCommands)
        #expect(ReadmeParser.blocks(in: "<!-- readme-test: skip -->\n```sh\nx\n```\n")[0].directives.unknown.count == 1)
    }

    @Test func shownOutputMatchesAbbreviatedAndNormalisedOutput() {
        let printed = "REPOSITORY  OUTCOME\nacme/api    updated  rulesmith/sync  3f2a9c41d0e7  committed 2 files\n"
        #expect(ReadmeOutputMatch.firstMissing(shown: ["acme/api updated rulesmith/sync 9b81c0aa4e12 …files"], in: printed) == nil)
        #expect(ReadmeOutputMatch.firstMissing(shown: ["…", "REPOSITORY OUTCOME"], in: printed) == nil)
        #expect(ReadmeOutputMatch.firstMissing(shown: ["acme/api", "REPOSITORY"], in: printed) == "REPOSITORY")
        #expect(ReadmeOutputMatch.firstMissing(shown: ["acme/web"], in: printed) == "acme/web")
    }

    static func lineRange() -> ClosedRange<Int>? {
        guard let value = ProcessInfo.processInfo.environment["README_TEST_LINES"] else { return nil }
        let parts = value.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, parts[0] <= parts[1] else { return nil }
        return parts[0]...parts[1]
    }
}
