import Foundation
import RulesmithTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 14 item 11: input that would exhaust memory (a sparse 1 GB rules file, `lint - <
/// /dev/zero`, a file where every byte is a finding) is refused by a size limit per kind or linted
/// with bounded memory and output, never a crash trace.
@Suite(.serialized)
final class TrustBoundaryMemoryTests {
    private let folder: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "rulesmith-memory-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw ScratchRepositoryError("mkdtemp failed") }
        folder = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    private func sparse(_ name: String, _ size: Int) throws -> String {
        let path = folder + "/" + name
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, off_t(size)) == 0)
        return path
    }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func expectRefused(_ run: MeasuredRun, naming: String, _ parts: String..., sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status == 2, "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.hasPrefix("rulesmith: \(naming): too large to "), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)", sourceLocation: sourceLocation)
        for part in parts { #expect(run.stderr.contains(part), "\(run.stderr)", sourceLocation: sourceLocation) }
    }

    @Test func aSparseGigabyteRulesFileIsRefusedBeforeAnythingIsRead() throws {
        let path = try sparse("AGENTS.md", 1 << 30)
        let run = try MeasuredRun(["lint", path])
        expectRefused(run, naming: path, "1073741824 bytes", "4 MiB", "agents-md")
        if MeasuredRun.measuresMemory, let peak = run.peakKilobytes { #expect(peak < MeasuredRun.baselineKilobytes + 16 * 1024) }
    }

    @Test func anLLMSTxtOverItsLimitIsRefused() throws {
        let path = try sparse("llms.txt", 300 << 20)
        expectRefused(try MeasuredRun(["lint", path]), naming: path, "314572800 bytes", "256 MiB", "an llms.txt")
        expectRefused(try MeasuredRun(["llms", "ctx", path]), naming: path, "256 MiB")
    }

    @Test func endlessStandardInputIsReadOnlyToTheLimit() throws {
        let rules = try MeasuredRun(["lint", "-", "--kind", "claude-md"], stdin: "/dev/zero")
        expectRefused(rules, naming: "<stdin>", "more than 4194304 bytes", "4 MiB")
        let llms = try MeasuredRun(["lint", "-", "--kind", "llms-txt"], stdin: "/dev/zero")
        expectRefused(llms, naming: "<stdin>", "more than 268435456 bytes", "256 MiB")
        expectRefused(try MeasuredRun(["llms", "ctx", "-"], stdin: "/dev/zero"), naming: "<stdin>", "256 MiB")
    }

    @Test func aRedirectedFileOverTheLimitIsRefusedFromItsSize() throws {
        let path = try sparse("big", 1 << 30)
        expectRefused(try MeasuredRun(["lint", "-", "--kind", "agents-md"], stdin: path), naming: "<stdin>", "1073741824 bytes")
    }

    @Test func aFolderScanRefusesTheOversizedFileByName() throws {
        try FileManager.default.createDirectory(atPath: folder + "/repo/.cursor/rules", withIntermediateDirectories: true)
        _ = try sparse("repo/.cursor/rules/huge.mdc", 5 << 20)
        let run = try MeasuredRun(["lint", folder + "/repo"])
        expectRefused(run, naming: folder + "/repo/.cursor/rules/huge.mdc", "5242880 bytes", "cursor-mdc")
    }

    @Test func aFileJustUnderTheLimitIsLinted() throws {
        let path = try write("CLAUDE.md", Array("# Rules\n\n".utf8) + [UInt8](repeating: 0x61, count: (4 << 20) - 20) + [0x0A])
        let run = try MeasuredRun(["lint", path])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
    }

    /// Every byte a finding: eight megabytes of NULs on one line.
    @Test func megabytesOfNULsAreLintedInBoundedMemory() throws {
        let size = 8 << 20
        let path = try write("llms.txt", [UInt8](repeating: 0, count: size))
        let run = try MeasuredRun(["lint", "--format", "json", path])
        #expect(run.status == 1, "\(run.stderr)")
        let diagnostics = try run.diagnostics()
        let controls = diagnostics.filter { $0["rule"] as? String == "SEC006" }
        #expect(!controls.isEmpty && controls.count <= 101)
        #expect(diagnostics.count < 200)
        if MeasuredRun.measuresMemory, let peak = run.peakKilobytes {
            #expect(peak < MeasuredRun.baselineKilobytes + 3 * size / 1024, "peak \(peak) KB")
        }
    }

    /// Every other byte a finding: each control character is its own finding, four million in all.
    @Test func millionsOfSeparateFindingsAreCappedAndCountedExactly() throws {
        let pairs = 4 << 20
        var bytes = [UInt8](repeating: 0x01, count: 2 * pairs)
        for index in stride(from: 0, to: bytes.count, by: 2) { bytes[index] = 0x61 }
        let path = try write("llms.txt", bytes)
        let run = try MeasuredRun(["lint", "--format", "json", path])
        #expect(run.status == 1, "\(run.stderr)")
        let controls = try run.diagnostics().filter { $0["rule"] as? String == "SEC006" }
        #expect(controls.count == 101)
        #expect(controls.last?["collapsed"] as? Int == pairs - 100)
        #expect(controls.dropLast().allSatisfy { $0["collapsed"] == nil })
        let summary = try run.summary()
        #expect(summary["errors"] as? Int ?? 0 >= pairs)
        if MeasuredRun.measuresMemory, let peak = run.peakKilobytes {
            #expect(peak < MeasuredRun.baselineKilobytes + 3 * 2 * pairs / 1024, "peak \(peak) KB")
        }
    }

    /// A rule outside the security scan firing on every line: the same link 20,001 times gives
    /// 20,000 LT054 warnings.
    @Test func aGenericRuleFloodIsCappedPerRuleAndFile() throws {
        let items = String(repeating: "- [Guide](https://x.dev/guide.md): setup\n", count: 20_001)
        let path = try write("llms.txt", Array(("# P\n\n> Summary.\n\n## Docs\n\n" + items).utf8))
        let run = try MeasuredRun(["lint", "--format", "json", path])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        let repeats = try run.diagnostics().filter { $0["rule"] as? String == "LT054" }
        #expect(repeats.count == 10_001)
        #expect(repeats.last?["collapsed"] as? Int == 10_000)
        #expect(repeats.last?["line"] as? Int == 10_008)
        #expect(try run.summary()["warnings"] as? Int ?? 0 >= 20_000)
        let text = try MeasuredRun(["lint", path])
        // Text output summarises the flood after 3 findings, counting the engine's fold too.
        #expect(text.stdout.contains("… and 19997 more like this in this file (--format json lists every one) [LT054]"))
        #expect(text.stdout.components(separatedBy: "[LT054]").count - 1 == 4)
    }

    /// The peak of `run` within `times` the file's `size` above the baseline (where it can be
    /// measured). The goal is three times; inputs that do not reach it yet name their bound
    /// (README, "Limits"), so that a regression still fails.
    private func expectWithin(_ times: Double, _ run: MeasuredRun, _ size: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        guard MeasuredRun.measuresMemory, let peak = run.peakKilobytes else { return }
        #expect(
            peak < MeasuredRun.baselineKilobytes + Int(times * Double(size)) / 1024,
            "peak \(peak) KB, baseline \(MeasuredRun.baselineKilobytes) KB, file \(size / 1024) KB", sourceLocation: sourceLocation)
    }

    /// Every line a finding of several rules: a quarter of a million empty `## ` headings (1 MiB).
    /// Each rule reports through a sink that folds past 10,000, so no rule holds its findings; the
    /// structure kept per line (Markdown blocks and lines, line starts, llms.txt positions) is in
    /// chunks that store a steady run as one record, so it costs almost nothing here (70 bytes a
    /// line before). What remains is fixed: 30,000 findings kept (three rules) and their JSON,
    /// about 20 MB whatever the file's size, which at 1 MiB is most of the 23 times this debug
    /// build measures (35 before; the release build is at 3.1 times at 8 MB): a bound of 28.
    @Test func aFindingOnEveryLineIsFoldedAsItIsFound() throws {
        let size = 1 << 20
        let path = try write("llms.txt", Array(String(repeating: "## \n", count: size / 4).utf8))
        let run = try MeasuredRun(["lint", "--format", "json", path])
        #expect(run.status == 1, "\(run.stderr)")
        let diagnostics = try run.diagnostics()
        let byRule = Dictionary(grouping: diagnostics, by: { $0["rule"] as? String ?? "" })
        #expect(byRule.values.allSatisfy { $0.count <= 10_001 })
        let unnamed = try #require(byRule["LT032"] ?? byRule.values.first { $0.count == 10_001 })
        #expect(unnamed.last?["collapsed"] as? Int ?? 0 > 0)
        expectWithin(28, run, size)
    }

    /// Every line an H1 with no text (LT009) or an item without a link (LT041): those rules report
    /// to the folding sink as they find, where they first built a list of a million findings
    /// (189 and 109 times this 1 MiB file in the release build before; 31 and 49 now, in a debug
    /// build too). Both are still above three times: the items keep a record each, and the
    /// 10,000 findings kept per rule with their JSON are a fixed 20 MB; bounds of 40 and 60.
    @Test func floodsOfEmptyTitlesAndLinklessItemsAreFoldedAsFound() throws {
        let size = 1 << 20
        let titles = try write("titles.txt", Array(String(repeating: "# \n", count: size / 3).utf8))
        let run = try MeasuredRun(["lint", "--format", "json", "--kind", "llms-txt", titles])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(try run.diagnostics().filter { $0["rule"] as? String == "LT009" }.count == 10_001)
        expectWithin(40, run, size)
        let items = try write("items.txt", Array(("# P\n\n> S.\n\n## Docs\n\n" + String(repeating: "- a\n", count: size / 4)).utf8))
        let listed = try MeasuredRun(["lint", "--format", "json", "--kind", "llms-txt", items])
        #expect(listed.status == 1, "\(listed.stderr)")
        #expect(try listed.diagnostics().filter { $0["rule"] as? String == "LT041" }.count == 10_001)
        expectWithin(60, listed, size)
    }

    /// Floods of short lines of varied length (1 to 6 random letters, a fixed seed), so no chunk
    /// of 1,024 blocks is a steady run: `## ` headings, `# ` headings, link-less items and
    /// relative links. Their blocks, lines, line starts and items are kept as narrow residuals
    /// (half a byte to two a field; a list item and its paragraph alternate, each kind on its
    /// own line, the paragraph read against its item), no rule gathers a list of headings, and
    /// the duplicate checks hold a byte and a bit per name or URL (16 bytes before). In the
    /// release build at 8 MB (`bench/memory.sh`) they peak at 3.1, 2.2, 4.8 and 4.5 times the
    /// file (4.8, 2.5, 7.8 and 6.1 before). At 1 MiB in this debug build what remains is mostly
    /// fixed: the 10,000 findings kept per rule with their messages and JSON (three rules on
    /// every `## ` line, about 15 MB). Measured 14.6, 6.6, 11.1 and 14.4 times (17.1, 5.8, 13.8
    /// and 17.6 before); the bounds leave about 20% for a shared machine.
    @Test func irregularFloodsOfShortLinesAreKeptNarrow() throws {
        var state: UInt64 = 14
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        func word() -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 61) % 6 + 1
            var bytes: [UInt8] = []
            for position in 0..<length {
                let pick = Int(truncatingIfNeeded: state >> UInt64(7 * position + 10)) % 26
                bytes.append(letters[pick])
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let floods: [(name: String, head: String, line: () -> String, bound: Double)] = [
            ("headings.txt", "", { "## \(word())\n" }, 17.5),
            ("titles.txt", "", { "# \(word())\n" }, 7.5),
            ("items.txt", "# P\n\n## Docs\n\n", { "- \(word())\n" }, 13.5),
            ("relative.txt", "# P\n\n## Docs\n\n", { "- [\(word())](\(word()).md)\n" }, 17.5),
        ]
        for flood in floods {
            var text = flood.head
            while text.utf8.count < 1 << 20 { text += flood.line() }
            let bytes = Array(text.utf8)
            let path = try write(flood.name, bytes)
            let run = try MeasuredRun(["lint", "--format", "json", "--kind", "llms-txt", path])
            // The relative links draw warnings only.
            #expect(run.status == 0 || run.status == 1, "\(flood.name): \(run.stderr)")
            expectWithin(flood.bound, run, bytes.count)
        }
    }

    /// An llms.txt whose links repeat: almost every item is an LT054 duplicate, folded as found.
    /// Release build at 100 MB: see README "Limits" (`bench/memory.sh`). This debug build at 8 MB
    /// measures 4.0 times (4.2 before items lost their lists and link targets their offsets):
    /// the 10,000 findings kept with their messages and JSON (about 8 MB whatever the file's
    /// size) are a whole file's worth here, so the bound is 4.5, not 3.
    @Test func repeatedLinksAreFoldedInBoundedMemory() throws {
        var text = "# Project\n\n> Summary.\n\n## Docs\n\n"
        var count = 0
        while text.utf8.count < 8 << 20 {
            text += "- [Document \(count)](https://example.com/docs/document-\(count % 1000).md): notes about document \(count) and what it covers\n"
            count += 1
        }
        let bytes = Array(text.utf8)
        let path = try write("llms.txt", bytes)
        let run = try MeasuredRun(["lint", "--format", "json", path])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        let repeats = try run.diagnostics().filter { $0["rule"] as? String == "LT054" }
        #expect(repeats.count == 10_001)
        #expect(repeats.last?["collapsed"] as? Int == count - 1000 - 10_000)
        expectWithin(4.5, run, bytes.count)
    }

    /// A letter and a no-break space, alternating: every other character is normalised (NFKC)
    /// for the second security pass, whose map back to the text is packed (a byte per change at
    /// this steady pace; 12 bytes per change before). At 8 MB a debug build peaks at 2.9
    /// times the file (`bench/memory.sh`). This 2 MB line is still decoded whole by the code-point
    /// scan (lines up to 2 MiB are, at 8 bytes a character, so that a run up to that long is one
    /// finding), and the keyword tables the security scan builds on first use (about 3 MB, which
    /// the baseline's empty run never builds) are 1.5 times this file: hence a bound of 12.
    @Test func alternatingNoBreakSpacesAreNormalisedInBoundedMemory() throws {
        let bytes = Array(String(repeating: "a\u{A0}", count: (2 << 20) / 3).utf8)
        let path = try write("llms.txt", bytes)
        let run = try MeasuredRun(["lint", "--format", "json", path])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        expectWithin(12, run, bytes.count)
    }

    /// One 4 MiB line of words that mix a Cyrillic look-alike and a percent-escape: the second
    /// security pass decodes the line's units a window at a time (its buffer is reused, not grown
    /// to the line: about 50 bytes per byte before) and maps back through packed anchors.
    @Test func aLongLineOfLookAlikesAndEscapesIsNormalisedInBoundedMemory() throws {
        try FileManager.default.createDirectory(atPath: folder + "/line", withIntermediateDirectories: true)
        let bytes = Array(Array(String(repeating: "p\u{430}%41 ", count: (4 << 20) / 7).utf8).prefix((4 << 20) - 16))
        let path = try write("line/AGENTS.md", bytes)
        let run = try MeasuredRun(["lint", "--format", "json", path])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        expectWithin(12, run, bytes.count)
    }

    /// A rules file of nothing but relative links to one missing file: RF003 asks the file system
    /// once per target and reads the links one at a time.
    @Test func aRulesFileOfLinksIsCheckedInBoundedMemory() throws {
        try FileManager.default.createDirectory(atPath: folder + "/links", withIntermediateDirectories: true)
        let bytes = Array(String(repeating: "[a](b)", count: ((4 << 20) - 16) / 6).utf8)
        let path = try write("links/AGENTS.md", bytes)
        let run = try MeasuredRun(["lint", "--format", "json", path])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        let broken = try run.diagnostics().filter { $0["rule"] as? String == "RF003" }
        #expect(broken.count == 10_001)
        #expect(broken.last?["collapsed"] as? Int == bytes.count / 6 - 10_000)
        // Release build: 2.7 times (bench/memory.sh), within the goal of 3. The debug build this
        // test runs measures 2.9 times (3.4 before the JSON report stopped being held twice;
        // about 1 MB of run-to-run noise, and 10,000 diagnostics with their messages are most of
        // the peak), so the bound here is 3.5 rather than fail at random.
        expectWithin(3.5, run, bytes.count)
    }

    @Test func aStagedFileOverTheLimitIsRefusedWithoutLoadingIt() throws {
        let repository = try HookRepository()
        try repository.write("AGENTS.md", String(repeating: "x", count: (4 << 20) + 100))
        try repository.git("add", "AGENTS.md")
        let lint = try repository.rulesmith("lint", "--staged")
        #expect(lint.status == 2, "\(lint.output)")
        #expect(lint.stderr.contains("AGENTS.md (staged): too large to lint: 4194404 bytes, over the limit of 4 MiB"), "\(lint.stderr)")
        #expect(lint.stderr.split(separator: "\n").count == 1)
    }

    /// An import of a staged blob too large for import checks is not loaded (as on disk).
    @Test func aHugeStagedImportIsNotLoaded() throws {
        let repository = try HookRepository()
        try repository.write("CLAUDE.md", "# Rules\n\n@notes.md\n")
        let notes = repository.root + "/notes.md"
        #expect(FileManager.default.createFile(atPath: notes, contents: nil))
        #expect(truncate(notes, off_t(96 << 20)) == 0)
        try repository.git("add", "CLAUDE.md", "notes.md")
        let lint = try MeasuredRun.inside(repository.root, ["lint", "--staged"])
        #expect(lint.status == 0 || lint.status == 1, "\(lint.stderr)")
        if MeasuredRun.measuresMemory, let peak = lint.peakKilobytes {
            #expect(peak < MeasuredRun.baselineKilobytes + 48 * 1024, "peak \(peak) KB")
        }
    }
}

/// One run of the built binary and, where GNU time is installed, its peak memory. The peak
/// comes from `/usr/bin/time` because a child's own `ru_maxrss` (from `wait4`) starts at its
/// parent's peak when it is spawned (Linux carries the old memory's high-water mark over `exec`),
/// and this test process is larger than what is measured.
struct MeasuredRun {
    var status: Int32
    var stdout: String
    var stderr: String
    /// Peak resident set size in kilobytes; nil without `/usr/bin/time`.
    var peakKilobytes: Int?

    private static let time = "/usr/bin/time"

    /// Memory is judged only where it can be measured, and only on plain builds: sanitizer
    /// builds reserve and touch shadow memory and quarantine freed blocks.
    static let measuresMemory: Bool = {
        let environment = ProcessInfo.processInfo.environment
        let path = Rulesmith.executable.path
        return FileManager.default.isExecutableFile(atPath: time)
            && environment["ASAN_OPTIONS"] == nil && environment["TSAN_OPTIONS"] == nil
            && !path.contains("asan") && !path.contains("tsan")
    }()

    /// The peak of a lint that reads almost nothing (start-up, the rule catalogue, static tables).
    static let baselineKilobytes: Int = (try? MeasuredRun(["lint", "-", "--kind", "llms-txt"]).peakKilobytes) ?? 64 * 1024

    /// A run in `directory` (a hook repository's work tree, with its hermetic git environment).
    static func inside(_ directory: String, _ arguments: [String]) throws -> MeasuredRun {
        try MeasuredRun(arguments, directory: directory)
    }

    init(_ arguments: [String], stdin: String = "/dev/null", directory: String? = nil) throws {
        let folder = NSTemporaryDirectory() + "rulesmith-run-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let process = Process()
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if FileManager.default.isExecutableFile(atPath: Self.time) {
            process.executableURL = URL(fileURLWithPath: Self.time)
            process.arguments = ["-o", folder + "/peak", "-f", "%M", Rulesmith.executable.path] + arguments
        } else {
            process.executableURL = Rulesmith.executable
            process.arguments = arguments
        }
        FileManager.default.createFile(atPath: folder + "/out", contents: nil)
        FileManager.default.createFile(atPath: folder + "/err", contents: nil)
        let input = try #require(FileHandle(forReadingAtPath: stdin))
        let output = try #require(FileHandle(forWritingAtPath: folder + "/out"))
        let errors = try #require(FileHandle(forWritingAtPath: folder + "/err"))
        defer {
            try? input.close()
            try? output.close()
            try? errors.close()
        }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        status = process.terminationStatus
        stdout = (try? String(contentsOfFile: folder + "/out", encoding: .utf8)) ?? ""
        stderr = (try? String(contentsOfFile: folder + "/err", encoding: .utf8)) ?? ""
        // GNU time writes "Command exited with non-zero status N" before the figure.
        let peak = (try? String(contentsOfFile: folder + "/peak", encoding: .utf8)) ?? ""
        peakKilobytes = peak.split(separator: "\n").last.flatMap { Int($0) }
    }

    /// The `diagnostics` of a `--format json` report.
    func diagnostics() throws -> [[String: Any]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        return try #require(root["diagnostics"] as? [[String: Any]])
    }

    /// The `summary` of a `--format json` report.
    func summary() throws -> [String: Any] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        return try #require(root["summary"] as? [String: Any])
    }
}
