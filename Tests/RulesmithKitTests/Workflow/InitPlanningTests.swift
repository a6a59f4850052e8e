import RulesmithFacts
@testable import RulesmithKit
import RulesmithLint
import RulesmithTemplates
import Testing

/// `init`'s decisions and `--commit`'s choice of files, planned against in-memory fakes of the
/// file system and the repository (no disk, no git): the seams `InitPlanner`, `InitPreflight`
/// (`FileSystemAccess`) and `WorkflowCommands.commit` (`RepositoryAccess`).
struct InitPlanningTests {
    static func stack(_ id: String, extends: [String] = [], variables: [TemplateVariable] = []) -> TemplateStack {
        TemplateStack(
            id: id, title: id.capitalized, description: "", category: id == "base" ? "base" : "language", extends: extends,
            variables: variables, file: [], sourcePath: id)
    }

    static let stacks = [
        stack("base", variables: [TemplateVariable(name: "project_name", description: "The project's name")]),
        stack("swift", extends: ["base"]), stack("python", extends: ["base"]),
    ]

    @Test func detectionChoosesTheStacksFoundWithTheirEvidence() throws {
        var input = InitPlanner.Input()
        input.registryStacks = Self.stacks
        input.folderName = "shop"
        #expect(InitPlanner.needsFacts(input))
        input.facts = RepositoryFacts(projects: [
            ProjectFacts(path: ".", stacks: [StackFact(id: "swift", evidence: [Evidence("Package.swift")])]),
        ])
        let decisions = try InitPlanner.plan(input)
        #expect(decisions.stackSource == .detection)
        #expect(decisions.stacks == ["swift"])
        #expect(decisions.detected.map(\.evidence) == [["file Package.swift"]])
        #expect(decisions.targets == ["agents", "claude"])
        #expect(decisions.variables == [InitPlanner.Variable(name: "project_name", value: "shop", source: .folderName)])
        // The value and its source are printed with every other variable, from the render (Bootstrap.planLines).
        #expect(!decisions.reportLines.contains { $0.hasPrefix("variable ") })
    }

    @Test func optionsWinAndNameTheirSource() throws {
        var input = InitPlanner.Input()
        input.registryStacks = Self.stacks
        input.stacks = ["python"]
        input.targets = ["cursor"]
        input.variables = ["project_name": "Tool"]
        #expect(!InitPlanner.needsFacts(input))
        let decisions = try InitPlanner.plan(input)
        #expect(decisions.stackSource == .option && decisions.stacks == ["python"] && decisions.targets == ["cursor"])
        #expect(decisions.variables == [InitPlanner.Variable(name: "project_name", value: "Tool", source: .option)])
    }

    @Test func anUnknownStackOrOptionsBesideAConfigurationAreUsageErrors() {
        var input = InitPlanner.Input()
        input.registryStacks = Self.stacks
        input.stacks = ["cobol"]
        #expect(throws: RulesmithFailure.self) { try InitPlanner.plan(input) }
        do {
            _ = try InitPlanner.plan(input)
        } catch {
            guard case .usage(let message) = error else { Issue.record("expected a usage failure, got \(error)"); return }
            // The option is named by value, the stack by the one check (it once read "stack
            // 'cobol' extends 'cobol', which is not in the registry").
            #expect(message.options == [.stack])
            #expect(message.description == "<stack>: unknown stack 'cobol'; `rulesmith registry list` shows the stacks")
        }
        var configured = InitPlanner.Input()
        configured.registryStacks = Self.stacks
        configured.existing = ProjectConfiguration()
        configured.targets = ["agents"]
        #expect(throws: RulesmithFailure.self) { try InitPlanner.plan(configured) }
    }

    @Test func aConfigurationWithoutProjectNameAsksForItInTheFile() {
        var input = InitPlanner.Input()
        input.registryStacks = Self.stacks
        input.existing = ProjectConfiguration()
        do {
            _ = try InitPlanner.plan(input)
            Issue.record("expected a failure")
        } catch {
            #expect(error.message.contains("add it under 'variables:' in .rulesmith.yml"))
        }
    }

    /// An in-memory tree: path → bytes; writes land in the dictionary.
    final class MemoryFileSystem: FileSystemAccess, @unchecked Sendable {
        var files: [String: [UInt8]]
        init(_ files: [String: String]) { self.files = files.mapValues { Array($0.utf8) } }
        func exists(_ path: String) -> Bool { files[path] != nil }
        func read(_ path: String) throws(RulesmithFailure) -> [UInt8] {
            guard let bytes = files[path] else { throw RulesmithFailure.io(path: path, cause: "cannot read: no such file or folder") }
            return bytes
        }
        func write(_ bytes: [UInt8], to path: String, root: String) throws(RulesmithFailure) { files[path] = bytes }
    }

    @Test func preflightRefusesABootstrappedRepositoryAndReadsAConfiguration() throws {
        let lock = "/repo/.rulesmith.lock", config = "/repo/.rulesmith.yml"
        let bootstrapped = InitPreflight(files: MemoryFileSystem([lock: "{}", config: "version: 1\n"]))
        #expect(throws: RulesmithFailure.self) { try bootstrapped.existing(configPath: config, lockPath: lock) }

        #expect(try InitPreflight(files: MemoryFileSystem([:])).existing(configPath: config, lockPath: lock) == nil)

        let text = "version: 1\nstacks: [swift]\ntargets: [agents]\nvariables:\n  project_name: Shop\n"
        let existing = try #require(try InitPreflight(files: MemoryFileSystem([config: text])).existing(configPath: config, lockPath: lock))
        #expect(existing.text == text)
        var input = InitPlanner.Input()
        input.registryStacks = Self.stacks
        input.existing = existing.configuration
        let decisions = try InitPlanner.plan(input)
        #expect(decisions.stackSource == .configuration && decisions.stacks == ["swift"] && decisions.targets == ["agents"])
        #expect(decisions.variables == [InitPlanner.Variable(name: "project_name", value: "Shop", source: .configuration)])

        do {
            _ = try InitPreflight(files: MemoryFileSystem([config: "version: 1\nnope: true\n"])).existing(configPath: config, lockPath: lock)
            Issue.record("expected a configuration failure")
        } catch {
            guard case .configuration(let errors) = error else { Issue.record("expected .configuration, got \(error)"); return }
            #expect(!errors.isEmpty)
        }
    }

    /// A repository that remembers what was committed.
    final class MemoryRepository: RepositoryAccess {
        var branch: String?
        var dirty: Set<String>
        var committed: [[String]] = []
        init(branch: String? = nil, dirty: Set<String> = []) {
            self.branch = branch
            self.dirty = dirty
        }
        func userChanged(_ paths: [String]) throws(RulesmithFailure) -> Set<String> { dirty.intersection(paths) }
        func commitFiles(_ paths: [String], message: String) throws(RulesmithFailure) -> String? {
            guard !paths.isEmpty else { return nil }
            committed.append(paths)
            return "0123456789abcdef0123456789abcdef01234567"
        }
    }

    @Test func commitLeavesOutFilesHoldingTheUsersOwnChanges() throws {
        let repository = MemoryRepository(branch: "rulesmith/bootstrap", dirty: ["CLAUDE.md"])
        let changed = ["AGENTS.md", "CLAUDE.md", ".rulesmith.lock"]
        let (lines, record) = try WorkflowCommands.commit(
            repository, changed: changed, untouchable: try repository.userChanged(changed), message: "m")
        #expect(repository.committed == [["AGENTS.md", ".rulesmith.lock"]])
        #expect(lines == [
            "left CLAUDE.md out of the commit: it also holds uncommitted changes of yours",
            "committed 2 files as 0123456789ab on the new branch rulesmith/bootstrap",
        ])
        #expect(record?.leftOut == ["CLAUDE.md"] && record?.files == ["AGENTS.md", ".rulesmith.lock"])

        let nothing = try WorkflowCommands.commit(MemoryRepository(), changed: [], untouchable: [], message: "m")
        #expect(nothing.lines.isEmpty && nothing.record == nil)
    }
}
