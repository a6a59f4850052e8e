import Foundation
import RulesmithTestSupport
import Testing

/// `rulesmith llms ctx` and `rulesmith llms generate` as a user runs them: exit codes, stdout,
/// stderr, files written.
@Suite(.serialized)
struct LLMSCommandTests {
    final class Folder {
        let path: String

        init() throws {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-llms-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            path = url.resolvingSymlinksInPath().path
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        func write(_ relative: String, _ text: String) throws {
            try write(relative, Data(text.utf8))
        }

        func write(_ relative: String, _ data: Data) throws {
            let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }

        func read(_ relative: String) -> String? {
            FileManager.default.contents(atPath: path + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    static let llms = "# Site\n\n> A site.\n\n## Docs\n\n- [A](a.md): the a page\n- [Web](https://example.invalid/w.md)\n\n## Optional\n\n- [B](b.md)\n"

    @Test func ctxPrintsXMLAndDefaultsToTheLocalLLMSTxt() throws {
        let folder = try Folder()
        try folder.write("llms.txt", Self.llms)
        try folder.write("a.md", "# A <tag>\n")
        try folder.write("b.md", "# B\n")
        let result = try Rulesmith.run(["llms", "ctx"], in: folder.path)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<project title=\"Site\" summary=\"A site.\">\n<section name=\"Docs\">\n<doc title=\"A\" url=\"a.md\" desc=\"the a page\">\n<![CDATA[# A <tag>]]>\n</doc>\n"))
        #expect(!result.stdout.contains("B"))
        #expect(result.stderr == "rulesmith: 1 of 2 documents not read (1 fetch-off); see their error entries\nrulesmith: left out 1 link of ## Optional (use --optional)\n")
        let strict = try Rulesmith.run(["llms", "ctx", "--strict", "--optional", "-o", "llms-ctx-full.txt"], in: folder.path)
        #expect(strict.status == 1)
        #expect(strict.stdout.isEmpty)
        #expect(folder.read("llms-ctx-full.txt")?.contains("<doc title=\"B\" url=\"b.md\">\n# B\n</doc>") == true)
    }

    @Test func ctxBadInputExitsTwoWithOneLine() throws {
        let folder = try Folder()
        try folder.write("bad/llms.txt", Data([0x23, 0x20, 0xFF, 0x0A]))
        let cases: [([String], String)] = [
            (["llms", "ctx"], "rulesmith: llms.txt: no such file (give the llms.txt to expand as an argument)\n"),
            (["llms", "ctx", "missing.txt"], "rulesmith: missing.txt: no such file\n"),
            (["llms", "ctx", "bad/llms.txt"], "rulesmith: bad/llms.txt: not UTF-8 (bad byte at offset 2); an llms.txt must be UTF-8 text\n"),
            (["llms", "ctx", "bad"], "rulesmith: bad: is a directory, not a file\n"),
            (["llms", "ctx", "bad/llms.txt", "--base-url", "x.dev"], "rulesmith: --base-url 'x.dev': give an absolute http(s) URL, e.g. https://example.com/docs/\n"),
        ]
        for (arguments, expected) in cases {
            let result = try Rulesmith.run(arguments, in: folder.path)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == expected)
            #expect(result.stdout.isEmpty)
        }
        let device = try Rulesmith.run(["llms", "ctx", "bad/llms.txt", "-o", "/dev/null"], in: folder.path)
        #expect(device.status == 2)
        #expect(device.stderr == "rulesmith: /dev/null: not a regular file; -o writes files (leave -o out to print)\n")
        let usage = try Rulesmith.run(["llms", "ctx", "--jobs", "many"], in: folder.path)
        #expect(usage.status == 2)
    }

    @Test func ctxReadsStandardInput() throws {
        let folder = try Folder()
        try folder.write("a.md", "alpha")
        let result = try Rulesmith.run(["llms", "ctx", "-"], stdin: "# In\n\n## Docs\n\n- [A](a.md)\n", in: folder.path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("<doc title=\"A\" url=\"a.md\">\nalpha\n</doc>"))
    }

    @Test func generateWritesChecksAndPrints() throws {
        let folder = try Folder()
        try folder.write(".git/HEAD", "ref: refs/heads/main\n")
        try folder.write("README.md", "# Demo\n\nDemo does things. Well.\n")
        try folder.write("docs/guide.md", "# Guide\n\nRead this first.\n")
        try folder.write("docs/api/calls.md", "# Calls\n\nEvery call.\n")
        try folder.write("docs/sub/deeper/x.md", "Deep file.\n")

        let missing = try Rulesmith.run(["llms", "generate", "--check"], in: folder.path)
        #expect(missing.status == 1)
        #expect(missing.stdout == "llms.txt: missing; run `rulesmith llms generate` to write it\n")

        let written = try Rulesmith.run(["llms", "generate"], in: folder.path + "/docs")
        #expect(written.status == 0)
        #expect(written.stderr.contains("rulesmith: wrote ../llms.txt\n"))
        #expect(written.stderr.contains("base-url"))
        let text = try #require(folder.read("llms.txt"))
        #expect(text.hasPrefix("# Demo\n\n> Demo does things. Well.\n"))
        #expect(text.contains("## Api\n\n- [Calls](docs/api/calls.md): Every call.\n"))
        #expect(text.contains("## Sub\n\n- [X](docs/sub/deeper/x.md): Deep file.\n"))

        let fresh = try Rulesmith.run(["llms", "generate", "--check"], in: folder.path)
        #expect(fresh.status == 0)
        #expect(fresh.stdout.isEmpty && fresh.stderr.isEmpty)

        try folder.write("docs/guide.md", "# Guide\n\nRead this second.\n")
        let stale = try Rulesmith.run(["llms", "generate", "--check"], in: folder.path)
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("-- [Guide](docs/guide.md): Read this first.\n+- [Guide](docs/guide.md): Read this second.\n"))
        #expect(stale.stderr == "rulesmith: llms.txt is stale; run `rulesmith llms generate` to update it\n")

        let dryRun = try Rulesmith.run(["llms", "generate", "--dry-run", "--base-url", "https://x.dev/demo/"], in: folder.path)
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout.contains("- [Guide](https://x.dev/demo/docs/guide.md): Read this second.\n"))
        #expect(folder.read("llms.txt") == text, "--dry-run writes nothing")

        try folder.write(".rulesmith.yml", "version: 1\nllms-txt:\n  base-url: https://x.dev/demo\n  title: Demo Project\n")
        let configured = try Rulesmith.run(["llms", "generate", "-o", "site/llms.txt"], in: folder.path)
        #expect(configured.status != 0, "the output folder does not exist yet")
        try FileManager.default.createDirectory(atPath: folder.path + "/site", withIntermediateDirectories: true)
        let again = try Rulesmith.run(["llms", "generate", "-o", "site/llms.txt"], in: folder.path)
        #expect(again.status == 0)
        #expect(!again.stderr.contains("base-url"))
        #expect(folder.read("site/llms.txt")?.hasPrefix("# Demo Project\n") == true)
        let lint = try Rulesmith.run(["lint", "--strict", "site/llms.txt"], in: folder.path)
        #expect(lint.status == 0, "\(lint.stdout)")
    }

    /// A real documentation tree (issue 19 item 6): translations left out with a note, a
    /// hand-written docs/llms.txt updated only with --force, absolute links from the GitHub
    /// remote, and output that lints clean with --strict.
    @Test func generateOnARealDocumentationTree() throws {
        let folder = try Folder()
        func git(_ arguments: String...) throws {
            let result = try Subprocess.run("/usr/bin/git", arguments, in: folder.path)
            #expect(result.status == 0, "\(result.stderr)")
        }
        try git("init", "-q", "-b", "main")
        try folder.write("README.md", "# Widget\n\nEnglish | [中文](README.zh.md) | [日本語](README.ja.md)\n\nWidget makes widgets.\n")
        try folder.write("docs/guide.md", "# Guide\n\nStart here.\n")
        try folder.write("docs/ja/guide.md", "# ガイド\n\nここから始めます。次へ。\n")
        try folder.write("docs/zh-CN/guide.md", "# 指南\n\n从这里开始。\n")
        let handWritten = "# Widget\n\n> Our own index.\n\n## Docs\n\n- [Guide](https://x.dev/guide.md)\n"
        try folder.write("docs/llms.txt", handWritten)

        let refused = try Rulesmith.run(["llms", "generate"], in: folder.path)
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("docs/llms.txt: written by hand"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--force"))
        #expect(folder.read("docs/llms.txt") == handWritten)
        #expect(folder.read("llms.txt") == nil, "no second index beside the existing one")

        let relative = try Rulesmith.run(["llms", "generate", "--force"], in: folder.path)
        #expect(relative.status == 0, "\(relative.stderr)")
        #expect(relative.stderr.contains("translations left out (ja, zh-CN)"), "\(relative.stderr)")
        #expect(relative.stderr.contains("set 'llms-txt: base-url:"), "\(relative.stderr)")
        let local = try #require(folder.read("docs/llms.txt"))
        #expect(local.contains("- [Guide](guide.md): Start here.\n"), "\(local)")
        #expect(local.contains("- [README](../README.md)"), "\(local)")

        try git("remote", "add", "origin", "git@github.com:me/widget.git")
        let absolute = try Rulesmith.run(["llms", "generate"], in: folder.path)
        #expect(absolute.status == 0, "\(absolute.stderr)")
        #expect(absolute.stderr.contains("https://raw.githubusercontent.com/me/widget/main/ (from git remote origin, branch main)"), "\(absolute.stderr)")
        let text = try #require(folder.read("docs/llms.txt"))
        #expect(text.hasPrefix("# Widget\n\n> Widget makes widgets.\n"), "\(text)")
        #expect(text.contains("- [Guide](https://raw.githubusercontent.com/me/widget/main/docs/guide.md): Start here.\n"))
        #expect(!text.contains("## Ja") && !text.contains("## Zh"))
        let lint = try Rulesmith.run(["lint", "--strict", "docs/llms.txt"], in: folder.path)
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(!lint.stdout.contains("LT051"))
    }

    @Test func generateBadInputExitsTwo() throws {
        let folder = try Folder()
        try folder.write(".git/HEAD", "ref: refs/heads/main\n")
        let missingDocs = try Rulesmith.run(["llms", "generate", "nope"], in: folder.path)
        #expect(missingDocs.status == 2)
        #expect(missingDocs.stderr == "rulesmith: nope: no such docs folder\n")
        try folder.write(".rulesmith.yml", "llms-txt:\n  optional-after: many\n")
        let badConfig = try Rulesmith.run(["llms", "generate"], in: folder.path)
        #expect(badConfig.status == 2)
        #expect(badConfig.stderr.contains(".rulesmith.yml"))
        let both = try Rulesmith.run(["llms", "generate", "--check", "--dry-run"], in: folder.path)
        #expect(both.status == 2)
    }
}
