import Foundation

/// Where `apply --force` copies the user's version before replacing it: one timestamped folder
/// per run under rulesmith's state folder (inside `.git`, so backups never show in `git status`);
/// only the newest `keep` runs are kept, so backups do not pile up.
final class BackupStore {
    static let keep = 10
    let directory: String
    private var runFolder: String?

    init(stateDirectory: String) {
        directory = stateDirectory + "/backups"
    }

    /// Copies `bytes` (the file at `relative`) into this run's folder; returns the backup's path.
    func save(_ bytes: [UInt8], for relative: String) throws(RulesmithError) -> String {
        let folder = try currentRunFolder()
        let target = folder + "/" + relative
        try FileSystem.createDirectory(PathSyntax.directory(of: target))
        try AtomicFile.write(bytes, to: target)
        return target
    }

    private func currentRunFolder() throws(RulesmithError) -> String {
        if let runFolder { return runFolder }
        try FileSystem.createDirectory(directory)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let stamp = formatter.string(from: Date())
        var name = stamp
        var number = 2
        while FileSystem.exists(directory + "/" + name) {
            name = "\(stamp)-\(number)"
            number += 1
        }
        let folder = directory + "/" + name
        try FileSystem.createDirectory(folder)
        runFolder = folder
        prune()
        return folder
    }

    /// Deletes all but the newest `keep` run folders (names sort by time).
    private func prune() {
        guard let names = try? FileSystem.contents(of: directory) else { return }
        for name in names.sorted().dropLast(Self.keep) {
            try? FileManager.default.removeItem(atPath: directory + "/" + name)
        }
    }
}
