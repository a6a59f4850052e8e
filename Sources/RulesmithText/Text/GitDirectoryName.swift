/// Recognises a path component that a file system may resolve to git's own folder: `.git` in any
/// case (macOS and Windows file systems ignore case), with the trailing dots and spaces Windows
/// drops, with the invisible code points HFS+ ignores, as an NTFS stream (`.git::$DATA`) or as
/// the 8.3 short name `git~1`. The same spellings git itself refuses in a tree (`verify_dotfile`).
public enum GitDirectoryName {
    /// Whether `component` (one path segment) names git's folder on some file system.
    public static func matches<S: StringProtocol>(_ component: S) -> Bool {
        var scalars = component.unicodeScalars.filter { !isIgnoredByHFS($0) }
        if let colon = scalars.firstIndex(of: ":") { scalars.removeSubrange(colon...) }
        while let last = scalars.last, last == "." || last == " " { scalars.removeLast() }
        let folded = String(String.UnicodeScalarView(scalars)).lowercased()
        return folded == ".git" || folded == "git~1"
    }

    /// Whether any component of the '/'-separated `path` names git's folder (a nested
    /// repository's or a submodule's `.git` included).
    public static func isInside(_ path: String) -> Bool {
        path.split(separator: "/").contains { matches($0) }
    }

    /// Code points HFS+ drops when it compares names (git's `next_hfs_char`).
    private static func isIgnoredByHFS(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200C...0x200F, 0x202A...0x202E, 0x206A...0x206F, 0xFEFF: true
        default: false
        }
    }
}
