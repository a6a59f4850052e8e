import Foundation
@testable import RulesmithKit
import RulesmithTestSupport
import Testing

/// `sync` asks the one stack check (`StackNameCheck`) that `render` and `init` ask: an unknown
/// stack is refused before any repository is cloned, in the words the other commands use.
@Suite struct SyncUnknownStackTests {
    @Test func anUnknownStackIsRefusedBeforeAnyClone() throws {
        let folder = try TemporaryDirectory()
        var options = SyncOptions()
        options.repositories = [folder.path + "/api.git"]
        options.stacks = ["cobol"]
        options.registry = folder.path + "/registry.sqlite"
        options.cache = folder.path + "/cache"
        options.dryRun = true
        do {
            _ = try SyncCommands.run(options)
            Issue.record("expected a failure")
        } catch let failure as RulesmithFailure {
            guard case .usage(let message) = failure else { Issue.record("expected .usage, got \(failure)"); return }
            let text = message.description
            #expect(text.contains("api: unknown stack 'cobol' at revision "), "\(text)")
            #expect(text.hasSuffix("; `rulesmith registry list` shows the stacks"), "\(text)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/cache/clones"))
    }
}

/// The manifest's stacks go through the same aliases `--stack` accepts (`golang`, `Rust`).
@Suite struct SyncStackAliasTests {
    @Test func anAliasIsAcceptedAndAMistypeNamesTheClosestStack() throws {
        let folder = try TemporaryDirectory()
        var options = SyncOptions()
        options.repositories = [folder.path + "/api.git"]
        options.registry = folder.path + "/registry.sqlite"
        options.cache = folder.path + "/cache"
        options.dryRun = true
        options.stacks = ["Golang", "Rust"]
        do {
            _ = try SyncCommands.run(options)
        } catch let failure as RulesmithFailure {
            if case .usage(let message) = failure { Issue.record("an alias was refused: \(message)") }
        }
        options.stacks = ["rst"]
        do {
            _ = try SyncCommands.run(options)
            Issue.record("expected a failure")
        } catch let failure as RulesmithFailure {
            guard case .usage(let message) = failure else { Issue.record("expected .usage, got \(failure)"); return }
            #expect(message.description.contains("unknown stack 'rst'"), "\(message)")
            #expect(message.description.contains("did you mean 'rust'"), "\(message)")
        }
    }
}
