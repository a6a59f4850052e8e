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
        let lockfile: Lockfile
        do {
            lockfile = try Lockfile.parse(lock, path: Lockfile.fileName)
        } catch {
            throw RulesmithError(error.description)
        }
        let entries = Dictionary(lockfile.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var findings: [HookDriftFinding] = []
        for file in try snapshot.changedFiles(include: { entries[$0] != nil }) {
            guard let entry = entries[file.path] else { continue }
            let bytes = try snapshot.content(of: file)
            let layout = ManagedLayout(entry: entry)
            guard let region = try? layout.region(of: bytes) else {
                findings.append(HookDriftFinding(path: file.path, message: "its managed block '\(entry.block ?? "")' is missing or its markers are broken; run rulesmith status"))
                continue
            }
            if ConflictMarkers.contains(region) {
                findings.append(HookDriftFinding(path: file.path, message: "conflict markers left by rulesmith apply; resolve them, then run rulesmith apply"))
            } else if GitBlobID.of(region) != entry.blob {
                findings.append(HookDriftFinding(
                    path: file.path,
                    message: "hand edit of a generated file not adopted; run rulesmith adopt \(file.path) to keep it (or rulesmith apply --force to drop it)"))
            }
        }
        return findings
    }
}
