import Foundation
import Testing

/// The small breaks a new user meets in the first hour (issue 19 item 5), through the binary.
@Suite(.serialized)
struct FirstHourCommandLineTests {
    @Test func aMistypedCommandGetsADidYouMean() throws {
        let result = try Rulesmith.run(["lnit"])
        #expect(result.status == 2)
        #expect(result.stderr == "rulesmith: unknown command 'lnit'; did you mean 'init'? (see 'rulesmith --help')\n", "\(result.stderr)")
        let nested = try Rulesmith.run(["registry", "lsit"])
        #expect(nested.status == 2)
        #expect(nested.stderr.contains("rulesmith registry: unknown command 'lsit'; did you mean 'list'?"), "\(nested.stderr)")
        let far = try Rulesmith.run(["frobnicate"])
        #expect(far.status == 2)
        #expect(far.stderr.contains("the commands are lint, rules,"), "\(far.stderr)")
        // Arguments of a command without subcommands are not command names.
        #expect(try Rulesmith.run(["rules", "RS001"]).status == 0)
        #expect(try Rulesmith.run(["help", "lint"]).status == 0)
    }

    @Test func completionScriptsForBashZshAndFish() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try Rulesmith.run(["completion", shell])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("rulesmith"))
            #expect(result.stdout.contains("init"))
        }
        #expect(try Rulesmith.run(["completion", "bash"]).stdout.contains("complete -o filenames -F _rulesmith rulesmith"))
        #expect(try Rulesmith.run(["completion", "powershell"]).status == 2)
        let json = try Rulesmith.run(["completion", "fish", "--format", "json"])
        #expect(json.stdout.contains("\"shell\" : \"fish\"") || json.stdout.contains("\"shell\": \"fish\""), "\(json.stdout)")
        let readme = try String(contentsOfFile: PreCommitFrameworkTests.packageRoot + "/README.md", encoding: .utf8)
        #expect(readme.contains("rulesmith completion bash"))
    }

    @Test func initHelpGivesOneDefaultTargetList() throws {
        let help = try Rulesmith.run(["init", "--help"]).stdout
        let flattened = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flattened.contains("agents, claude") || flattened.contains("agents,claude"))
        #expect(!flattened.contains("cursor, copilot"), "\(help)")
        #expect(flattened.contains("Answering no writes nothing and exits 0"))
    }

    @Test func anUnknownVariableIsRefusedBeforeAnythingIsWritten() throws {
        let repository = try WorkflowCommandLineTests.Repository()
        let result = try repository.run(["init", "--yes", "--var", "projectname=Acme"])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("variable 'projectname' is unknown"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: repository.path + "/.rulesmith.yml"))
        #expect(!FileManager.default.fileExists(atPath: repository.path + "/AGENTS.md"))
    }
}
