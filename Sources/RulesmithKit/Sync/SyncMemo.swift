import Foundation
import RulesmithGit
import RulesmithLint
import RulesmithTemplates

/// What a finished sync of one repository saw and left on its remote. A later run that finds the
/// remote's base and sync branch where that run left them, with the same registry revision,
/// settings and rulesmith version, would plan nothing: it reports up to date without fetching,
/// checking out or rendering.
struct SyncMemo {
    /// Hash of everything the outcome depends on.
    let key: String
    let path: String

    /// The memo for `target` when the remote's base is at `baseTip` and the sync branch at
    /// `branchTip` (nil: no such branch).
    init(context: SyncContext, target: SyncTarget, cacheKey: String, branch: String, baseTip: GitOID, branchTip: GitOID?) {
        let inputs = [
            RulesmithVersion.current, context.trailer, context.revisionLabel, String(reflecting: target),
            branch, context.pushToBase ? "push-to-base" : "branch", baseTip.hex, branchTip?.hex ?? "-",
        ]
        key = ContentHash.sha256(Array(inputs.joined(separator: "\u{0}").utf8))
        path = context.cache + "/" + cacheKey + ".memo"
    }

    /// Removes what a run killed while writing this repository's memo left (AtomicFile's temp
    /// file). Call it holding the repository's run lock: then no live run is writing one.
    static func removeInterruptedWrites(cache: String, cacheKey: String) {
        let suffix = "-" + cacheKey + ".memo"
        for name in FileSystem.names(in: cache) ?? [] where name.hasPrefix(AtomicFile.temporaryPrefix) && name.hasSuffix(suffix) {
            unlink(cache + "/" + name)
        }
    }

    /// The commit and detail the recorded run reported, when this memo is the one on disk.
    func recorded() -> (commit: String, detail: String)? {
        guard let bytes = FileSystem.read(path, limit: 4096) else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines[0] == key else { return nil }
        return (String(lines[1]), String(lines[2]))
    }

    /// Records an up-to-date outcome; losing it only costs the next run its shortcut.
    func record(commit: String, detail: String) {
        try? AtomicFile.write(Array("\(key)\n\(commit)\n\(detail)\n".utf8), to: path, scope: .outsideRepository)
    }
}
