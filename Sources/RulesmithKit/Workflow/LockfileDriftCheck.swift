import RulesmithLint
import RulesmithTemplates

/// The pre-commit hook's drift check (`HookDriftCheck`): a staged generated file whose managed
/// text differs from what `.rulesmith.lock` says rulesmith wrote carries a hand edit not yet
/// adopted (or unresolved conflict markers), so the commit is stopped with what to run. Needs no
/// registry: it compares blob ids only, which keeps the hook instant.
public struct LockfileDriftCheck: HookDriftCheck {
    public init() {}

    public func check(
        _ snapshot: StagedSnapshot, lock: [UInt8], configuration: ProjectConfiguration
    ) throws(RulesmithError) -> [HookDriftFinding] {
        let entries = try Self.entries(lock)
        var findings: [HookDriftFinding] = []
        for file in try snapshot.changedFiles(include: { entries[$0] != nil }) {
            guard let entry = entries[file.path] else { continue }
            if let finding = Self.judge(try snapshot.content(of: file), path: file.path, entry: entry) { findings.append(finding) }
        }
        return findings
    }

    public func check(paths: [String], lock: [UInt8], read: (String) -> [UInt8]?) throws(RulesmithError) -> [HookDriftFinding] {
        let entries = try Self.entries(lock)
        return paths.compactMap { path in
            guard let entry = entries[path], let bytes = read(path) else { return nil }
            return Self.judge(bytes, path: path, entry: entry)
        }
    }

    /// The lockfile's entries by path.
    private static func entries(_ lock: [UInt8]) throws(RulesmithError) -> [String: LockEntry] {
        let lockfile: Lockfile
        do {
            lockfile = try Lockfile.parse(lock, path: Lockfile.fileName)
        } catch {
            throw RulesmithError(error.description)
        }
        return Dictionary(lockfile.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The finding for one generated file's staged bytes, nil when it holds what rulesmith wrote.
    static func judge(_ bytes: [UInt8], path: String, entry: LockEntry) -> HookDriftFinding? {
        let layout = ManagedLayout(entry: entry)
        guard let region = try? layout.region(of: bytes) else {
            return HookDriftFinding(path: path, message: "its managed block '\(entry.block ?? "")' is missing or its markers are broken; run rulesmith status")
        }
        if ConflictMarkers.contains(region) {
            return HookDriftFinding(path: path, message: "conflict markers left by rulesmith apply; resolve them, then run rulesmith apply")
        }
        guard GitBlobID.of(region) != entry.blob else { return nil }
        return HookDriftFinding(
            path: path,
            message: "hand edit of a generated file not adopted; run rulesmith adopt \(path) to keep it (or rulesmith apply \(option: .force) to drop it)")
    }
}
