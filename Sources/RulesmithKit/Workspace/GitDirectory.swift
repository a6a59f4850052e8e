/// Finds a repository's `info/exclude`, for a plain `.git` folder and for worktrees whose `.git`
/// is a file pointing at the real git directory.
enum GitDirectory {
    static func infoExclude(root: String) -> String? {
        guard let gitDirectory = gitDirectory(root: root) else { return nil }
        var common = gitDirectory
        if let bytes = FileSystem.read(gitDirectory + "/commondir", limit: 4096) {
            let relative = String(decoding: bytes, as: UTF8.self).trimmingBlanks().trimmingNewlines()
            common = relative.hasPrefix("/") ? relative : gitDirectory + "/" + relative
        }
        guard let bytes = FileSystem.read(common + "/info/exclude", limit: 1 << 20) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func gitDirectory(root: String) -> String? {
        let dotGit = root + "/.git"
        switch FileSystem.entry(dotGit, followLinks: true).0 {
        case .directory:
            return dotGit
        case .file:
            guard let bytes = FileSystem.read(dotGit, limit: 4096) else { return nil }
            let text = String(decoding: bytes, as: UTF8.self).trimmingNewlines()
            guard text.hasPrefix("gitdir:") else { return nil }
            let path = String(text.dropFirst("gitdir:".count)).trimmingBlanks()
            return path.hasPrefix("/") ? path : root + "/" + path
        default:
            return nil
        }
    }
}
