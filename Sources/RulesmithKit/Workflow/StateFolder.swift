#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of rulesmith's own state (`.git/rulesmith`, `.rulesmith-state`, and folders below
/// them), reached one component at a time from `anchor`: a component that is a symbolic link or
/// not a folder is refused, so no backup, cached base or run lock is written, pruned or deleted
/// outside it (a repository can ship `.rulesmith-state` as a link to anywhere).
struct StateFolder {
    let anchor: String
    let components: [String]

    var path: String { ([anchor] + components).joined(separator: "/") }

    /// Refuses an existing component that is a link or not a folder; makes nothing.
    func check() throws(RulesmithError) {
        try walk(create: false)
    }

    /// Makes the missing components as real folders and returns the path.
    func prepare() throws(RulesmithError) -> String {
        try walk(create: true)
        return path
    }

    private func walk(create: Bool) throws(RulesmithError) {
        var current = anchor
        for component in components {
            current += "/" + component
            var info = stat()
            if lstat(current, &info) != 0 {
                guard errno == ENOENT else { throw FileSystem.error(errno, current, "cannot read") }
                guard create else { return }
                if mkdir(current, 0o755) != 0, errno != EEXIST { throw FileSystem.error(errno, current, "cannot create folder") }
                guard lstat(current, &info) == 0 else { throw FileSystem.error(errno, current, "cannot read") }
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: continue
            case S_IFLNK:
                throw RulesmithError("\(current): part of rulesmith's state folder is a symbolic link; rulesmith keeps its state only in real folders, so remove the link")
            default:
                throw RulesmithError("\(current): part of rulesmith's state folder is not a folder; move it away")
            }
        }
    }
}
