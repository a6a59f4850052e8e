import Foundation
import RulesmithText

/// Where `apply --force` copies the user's version before replacing it: one timestamped folder
/// per run under rulesmith's state folder (inside `.git`, so backups never show in `git status`);
/// only the newest `keep` runs are kept, so backups do not pile up. Every folder on the way is a
/// real folder (`StateFolder`), so neither a backup nor the pruning reaches outside.
final class BackupStore {
    static let keep = 10
    private let workspace: WorkflowWorkspace
    private var runFolder: String?

    init(workspace: WorkflowWorkspace) {
        self.workspace = workspace
    }

    /// Copies `bytes` (the file at `relative`) into this run's folder; returns the backup's path.
    func save(_ bytes: [UInt8], for relative: String) throws(RulesmithError) -> String {
        let folder = try currentRunFolder()
        let parent = PathSyntax.directory(of: relative)
        let directory = parent.isEmpty ? folder
            : try StateFolder(anchor: folder, components: parent.split(separator: "/").map(String.init)).prepare()
        let target = folder + "/" + relative
        try AtomicFile.write(bytes, to: target, scope: .inside(directory))
        return target
    }

    private func currentRunFolder() throws(RulesmithError) -> String {
        if let runFolder { return runFolder }
        let directory = try workspace.stateFolder("backups")
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let stamp = formatter.string(from: Date())
        var name = stamp
        var number = 2
        // mkdir, not "make if missing": this run's folder must be new.
        while mkdir(directory + "/" + name, 0o755) != 0 {
            guard errno == EEXIST, number < 10_000 else { throw FileSystem.error(errno, directory + "/" + name, "cannot create folder") }
            name = "\(stamp)-\(number)"
            number += 1
        }
        let folder = directory + "/" + name
        runFolder = folder
        prune(directory)
        return folder
    }

    /// Deletes all but the newest `keep` run folders (names sort by time); anything else in the
    /// folder, or a link, is left alone.
    private func prune(_ directory: String) {
        guard let names = try? FileSystem.contents(of: directory) else { return }
        let runs = names.filter { Self.isRunFolderName($0) && FileSystem.type(of: directory + "/" + $0, followLinks: false) == .directory }
        for name in runs.sorted().dropLast(Self.keep) {
            try? FileManager.default.removeItem(atPath: directory + "/" + name)
        }
    }

    /// `20240131T120000Z`, optionally with `-2`, `-3`…
    static func isRunFolderName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard bytes.count >= 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else { return false }
        let digits = bytes[0..<8] + bytes[9..<15]
        guard digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
        let rest = bytes[16...]
        return rest.isEmpty || (rest.first == UInt8(ascii: "-") && rest.count > 1 && rest.dropFirst().allSatisfy { (0x30...0x39).contains($0) })
    }
}
