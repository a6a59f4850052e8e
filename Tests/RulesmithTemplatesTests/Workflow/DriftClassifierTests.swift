import RulesmithLLMS
import Testing
@testable import RulesmithTemplates

/// Drift classification is pure: lock entry + disk + fresh render → state.
struct DriftClassifierTests {
    static let old = Array("# Rules\n\n- one\n- two\n".utf8)
    static let new = Array("# Rules\n\n- one, revised\n- two\n".utf8)
    static let context = DriftClassifier.Context(inputsHash: "h", revision: 2, lockedInputsHash: "h", lockedRevision: 1)

    static func entry(_ bytes: [UInt8], path: String = "AGENTS.md", block: String? = nil) -> LockEntry {
        LockEntry(path: path, target: "agents", stacks: ["base"], rules: ["base/x"], revision: 1, source: "builtin",
                  blob: GitBlobID.of(bytes), block: block)
    }

    static func rendered(_ bytes: [UInt8], path: String = "AGENTS.md") -> RenderedFile {
        RenderedFile(path: path, target: "agents", contents: bytes, rules: ["base/x"])
    }

    static func classify(
        entry: LockEntry?, disk: DiskContent, rendered: RenderedFile?, context: DriftClassifier.Context = context, path: String = "AGENTS.md"
    ) -> FileDrift {
        DriftClassifier.classify(path: path, entry: entry, disk: disk, rendered: rendered, context: context)
    }

    @Test func wholeFileStates() {
        let edited = Self.old + Array("- ours\n".utf8)
        #expect(Self.classify(entry: Self.entry(Self.old), disk: .file(Self.old), rendered: Self.rendered(Self.old)).state == .upToDate)
        let stale = Self.classify(entry: Self.entry(Self.old), disk: .file(Self.old), rendered: Self.rendered(Self.new))
        #expect(stale.state == .stale)
        #expect(stale.reason == .registry)
        #expect(stale.detail == "registry revision 1 → 2")
        #expect(Self.classify(entry: Self.entry(Self.old), disk: .file(edited), rendered: Self.rendered(Self.old)).state == .edited)
        let both = Self.classify(entry: Self.entry(Self.old), disk: .file(edited), rendered: Self.rendered(Self.new))
        #expect(both.state == .editedStale)
        #expect(both.current == edited)
        #expect(Self.classify(entry: Self.entry(Self.old), disk: .missing, rendered: Self.rendered(Self.old)).state == .missing)
        #expect(Self.classify(entry: Self.entry(Self.old), disk: .file(Self.new), rendered: Self.rendered(Self.new)).state == .upToDate,
                "edited by hand to exactly the new render")
        #expect(Self.classify(entry: Self.entry(Self.old), disk: .unusable("is a folder"), rendered: Self.rendered(Self.old)).state == .unreadable)
    }

    @Test func staleReasons() {
        let config = DriftClassifier.Context(inputsHash: "new", revision: 2, lockedInputsHash: "old", lockedRevision: 1)
        #expect(Self.classify(entry: Self.entry(Self.old), disk: .file(Self.old), rendered: Self.rendered(Self.new), context: config).reason == .config)
        let renderer = DriftClassifier.Context(inputsHash: "h", revision: 1, lockedInputsHash: "h", lockedRevision: 1)
        #expect(Self.classify(entry: Self.entry(Self.old), disk: .file(Self.old), rendered: Self.rendered(Self.new), context: renderer).reason == .renderer)
    }

    @Test func conflictMarkersWinOverEverything() {
        let conflicted = Array("# Rules\n<<<<<<< local\n- ours\n=======\n- theirs\n>>>>>>> generated@rev 2\n".utf8)
        let drift = Self.classify(entry: Self.entry(Self.old), disk: .file(conflicted), rendered: Self.rendered(Self.new))
        #expect(drift.state == .conflicted)
        #expect(drift.detail.contains("line 2"))
        #expect(ConflictMarkers.contains(conflicted))
        #expect(!ConflictMarkers.contains(Array("Title\n=======\n\ntext\n".utf8)), "a setext underline is no marker")
        #expect(!ConflictMarkers.contains(Array("<<<<<<< local\nonly an opening\n".utf8)))
        #expect(!ConflictMarkers.contains(Array("<<<<<<<< eight\n>>>>>>>> eight\n".utf8)))
    }

    @Test func newFiles() {
        #expect(Self.classify(entry: nil, disk: .missing, rendered: Self.rendered(Self.new)).state == .new)
        let same = Self.classify(entry: nil, disk: .file(Self.new), rendered: Self.rendered(Self.new))
        #expect(same.state == .new)
        #expect(ApplyPlanner.action(for: same, force: false) == .record)
        let handWritten = Self.classify(entry: nil, disk: .file(Array("# Mine\n".utf8)), rendered: Self.rendered(Self.new))
        #expect(handWritten.state == .new)
        #expect(handWritten.layout == .block("agents"))
        #expect(ApplyPlanner.action(for: handWritten, force: false) == .write)
        let cursor = Self.classify(
            entry: nil, disk: .file(Array("---\n---\nmine\n".utf8)), rendered: Self.rendered(Self.new, path: ".cursor/rules/x.mdc"),
            path: ".cursor/rules/x.mdc")
        #expect(cursor.state == .blocked)
        #expect(ApplyPlanner.action(for: cursor, force: true) == .skip, "never overwrite a file rulesmith did not write")
        let foreignBlock = Self.classify(
            entry: nil, disk: .file(Array("a\n<!-- rulesmith:begin agents -->\nsomeone's text\n<!-- rulesmith:end agents -->\n".utf8)),
            rendered: Self.rendered(Self.new))
        #expect(foreignBlock.userText)
        #expect(ApplyPlanner.action(for: foreignBlock, force: false) == .merge)
        let broken = Self.classify(entry: nil, disk: .file(Array("<!-- rulesmith:begin agents -->\n".utf8)), rendered: Self.rendered(Self.new))
        #expect(broken.state == .unreadable)
    }

    @Test func blockManagedFiles() throws {
        let layout = ManagedLayout.block("agents")
        let file = try layout.replacingRegion(of: Array("# Mine\n".utf8), with: Self.old)
        #expect(String(decoding: file, as: UTF8.self) == "# Mine\n\n<!-- rulesmith:begin agents -->\n# Rules\n\n- one\n- two\n<!-- rulesmith:end agents -->\n")
        let entry = Self.entry(Self.old, block: "agents")
        let outsideEdit = Array("# Mine, edited\n".utf8) + file.dropFirst("# Mine\n".utf8.count)
        #expect(Self.classify(entry: entry, disk: .file(outsideEdit), rendered: Self.rendered(Self.old)).state == .upToDate)
        #expect(Self.classify(entry: entry, disk: .file(file), rendered: Self.rendered(Self.new)).state == .stale)
        let removed = Self.classify(entry: entry, disk: .file(Array("# Mine\n".utf8)), rendered: Self.rendered(Self.old))
        #expect(removed.state == .missing)
        let replaced = try layout.replacingRegion(of: file, with: Self.new)
        #expect(try layout.region(of: replaced) == Self.new)
        #expect(try layout.removingBlock(from: file) == Array("# Mine\n".utf8))
        #expect(layout.wanted(Array("no newline".utf8)) == Array("no newline\n".utf8))
    }

    @Test func orphans() {
        let header = Array("<!-- Generated by rulesmith from base. Hand edits: run rulesmith adopt on this file before committing; check fails until then. -->\n".utf8)
        let generated = header + Self.old
        let untouched = Self.classify(entry: Self.entry(generated), disk: .file(generated), rendered: nil)
        #expect(untouched.state == .orphaned)
        #expect(untouched.provenance == .proven)
        #expect(ApplyPlanner.action(for: untouched, force: false) == .delete)
        let edited = Self.classify(entry: Self.entry(generated), disk: .file(header + Self.new), rendered: nil)
        #expect(edited.state == .orphaned)
        #expect(ApplyPlanner.action(for: edited, force: false) == .forget, "never delete a user-edited orphan")
        #expect(ApplyPlanner.action(for: edited, force: true) == .backupAndDelete)
        let gone = Self.classify(entry: Self.entry(generated), disk: .missing, rendered: nil)
        #expect(ApplyPlanner.action(for: gone, force: false) == .forget)
    }

    @Test func anOrphanWithoutTheGeneratedHeaderIsNeverDeleted() {
        // The lockfile names a file with its real blob id, but the file is the user's own text.
        let handWritten = Self.classify(entry: Self.entry(Self.old), disk: .file(Self.old), rendered: nil)
        #expect(handWritten.state == .orphaned)
        #expect(handWritten.provenance == .unproven("it does not carry rulesmith's generated header"))
        #expect(handWritten.detail.contains("cannot show it wrote it"))
        #expect(ApplyPlanner.action(for: handWritten, force: false) == .forget)
        let edited = Self.classify(entry: Self.entry(Self.old), disk: .file(Self.new), rendered: nil)
        #expect(ApplyPlanner.action(for: edited, force: true) == .forget, "not even with --force")
        let llms = Array("# Tool\n\n> A tool.\n\n\(LLMSTxtGenerator.generatedLine).\n".utf8)
        #expect(Self.classify(entry: Self.entry(llms, path: "llms.txt"), disk: .file(llms), rendered: nil, path: "llms.txt").provenance == .proven)
    }

    @Test func nothingUserWrittenIsReplacedWithoutForce() {
        let edited = Self.old + Array("- ours\n".utf8)
        let entry = Self.entry(Self.old)
        for (disk, rendered) in [(edited, Self.old), (edited, Self.new)] {
            let drift = Self.classify(entry: entry, disk: .file(disk), rendered: Self.rendered(rendered))
            #expect([.keep, .merge].contains(ApplyPlanner.action(for: drift, force: false)))
            #expect(ApplyPlanner.action(for: drift, force: true) == .backupAndWrite)
        }
    }
}
