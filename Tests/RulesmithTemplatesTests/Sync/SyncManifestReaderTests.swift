import RulesmithLint
import Testing
@testable import RulesmithTemplates

/// `rulesmith-sync.yml`: every key read, defaults filled in, every mistake reported with its line.
struct SyncManifestReaderTests {
    let reader = SyncManifestReader()

    func read(_ text: String) throws -> SyncManifest {
        try reader.read(text, path: "rulesmith-sync.yml", baseDirectory: "/work/fleet")
    }

    func errors(_ text: String) -> [ConfigurationError] {
        do {
            _ = try read(text)
            return []
        } catch let error as ConfigurationErrors {
            return error.errors
        } catch {
            return []
        }
    }

    @Test func readsEveryKeyAndFillsInDefaults() throws {
        let manifest = try read("""
        version: 1
        registry:
          source: ../templates
          ref: v2
        defaults:
          stacks: [swift-package]
          targets: [agents, claude]
          variables:
            team: platform
          base: main
        branch: rulesmith/sync-{{revision}}
        commit-message: "chore: {{stacks}} ({{revision}})\\n\\n{{files}}"
        push: false
        author:
          name: Rules Bot
          email: bot@example.com
        repositories:
          - url: https://git.example.com/acme/api.git
            stacks: [python-django]
            variables:
              team: api
          - path: repos/web
            name: web
            base: develop
            targets: cursor
            override: true
          - url: git@git.example.com:acme/old.git
            skip: true
          - repos/cli
        """)
        #expect(manifest.registry.source == "/work/templates")
        #expect(manifest.registry.ref == "v2")
        #expect(manifest.branch == "rulesmith/sync-{{revision}}")
        #expect(!manifest.pushToBase)
        #expect(!manifest.push)
        #expect(manifest.author == SyncAuthor(name: "Rules Bot", email: "bot@example.com"))
        #expect(manifest.repositories.count == 4)
        let targets = manifest.targets()
        #expect(targets.map(\.name) == ["acme/api", "web", "cli"])
        #expect(targets[0].stacks == ["python-django"])
        #expect(targets[0].targets == ["agents", "claude"])
        #expect(targets[0].variables == ["team": "api"])
        #expect(targets[0].base == "main")
        #expect(!targets[0].override)
        #expect(targets[1].url == "/work/fleet/repos/web")
        #expect(targets[1].identity == "repos/web")
        #expect(targets[1].base == "develop")
        #expect(targets[1].targets == ["cursor"])
        #expect(targets[1].stacks == ["swift-package"])
        #expect(targets[1].override)
        #expect(targets[2].url == "/work/fleet/repos/cli")
    }

    @Test func minimalManifestUsesTheDefaults() throws {
        let manifest = try read("repositories:\n  - url: https://example.com/a/b.git\n")
        #expect(manifest.registry.isBuiltin)
        #expect(manifest.branch == SyncManifest.defaultBranch)
        #expect(manifest.commitMessage == SyncManifest.defaultCommitMessage)
        #expect(manifest.push)
        #expect(manifest.author == nil)
        #expect(manifest.targets().first?.base == nil)
    }

    @Test func emptyBranchOrPushToBaseCommitsOnTheBase() throws {
        #expect(try read("branch: \"\"\nrepositories: [/x/a]\n").pushToBase)
        #expect(try read("push-to-base: true\nrepositories: [/x/a]\n").pushToBase)
        let contradiction = errors("branch: \"\"\npush-to-base: false\nrepositories: [/x/a]\n")
        #expect(contradiction.count == 1)
        #expect(contradiction.first?.message.contains("contradicts") == true)
    }

    @Test func unknownKeysAreErrorsWithTheirLine() {
        let found = errors("""
        version: 1
        registy:
          source: x
        repositories:
          - url: https://example.com/a.git
            stack: [swift]
        """)
        #expect(found.count == 2)
        #expect(found[0].line == 2)
        #expect(found[0].message.contains("did you mean 'registry'"))
        #expect(found[1].line == 6)
        #expect(found[1].message.contains("did you mean 'stacks'"))
        #expect(found[1].description.hasPrefix("rulesmith-sync.yml:6:"))
    }

    @Test func badValuesAreReported() {
        let found = errors("""
        version: 2
        branch: "bad name"
        commit-message: "{{nope}}"
        push: sometimes
        author:
          name: only
        repositories:
          - url: https://example.com/a.git
            path: b
          - name: c
          - url: https://example.com/d.git
            targets: [vim]
          - https://example.com/d.git
        """)
        let messages = found.map(\.message)
        #expect(messages.contains { $0.contains("unsupported manifest version") })
        #expect(messages.contains { $0.contains("not a valid branch name") })
        #expect(messages.contains { $0.contains("'{{nope}}'") })
        #expect(messages.contains { $0.contains("true or false") })
        #expect(messages.contains { $0.contains("both 'name' and 'email'") })
        #expect(messages.contains { $0.contains("both 'url' and 'path'") })
        #expect(messages.contains { $0.contains("needs 'url' or 'path'") })
        #expect(messages.contains { $0.contains("unknown target 'vim'") })
        #expect(messages.contains { $0.contains("listed twice") })
        #expect(found.allSatisfy { $0.line != nil })
    }

    @Test func missingRepositoriesAndBrokenYAML() {
        #expect(errors("version: 1\n").first?.message.contains("'repositories' is missing") == true)
        #expect(errors("repositories: []\n").first?.message.contains("empty") == true)
        #expect(errors("repositories: [a\n").first?.message.contains("not valid YAML") == true)
        #expect(errors("").first?.message.contains("empty") == true)
    }

    @Test func duplicateNamesNeedAName() {
        let found = errors("repositories:\n  - https://a.example.com/x/api.git\n  - https://b.example.com/x/api.git\n")
        #expect(found.first?.message.contains("two repositories are named 'x/api'") == true)
    }

    @Test func namesFromURLsAndPaths() {
        #expect(SyncRepository.name(for: "https://git.example.com/acme/api.git") == "acme/api")
        #expect(SyncRepository.name(for: "git@github.com:acme/web.git") == "acme/web")
        #expect(SyncRepository.name(for: "/srv/repos/r01.git") == "r01")
        #expect(SyncRepository.name(for: "../web/") == "web")
        #expect(SyncRepository.name(for: "git://127.0.0.1:9418/refused.git") == "refused")
        #expect(SyncRepository.name(for: "ssh://git@host:22/team/svc.git") == "team/svc")
        #expect(SyncManifestReader.isURL("git@github.com:acme/web.git"))
        #expect(!SyncManifestReader.isURL("./a:b"))
        #expect(SyncManifestReader.resolve("../t", against: "/a/b") == "/a/t")
    }
}
