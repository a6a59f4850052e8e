/// Pure path arithmetic on '/'-separated relative paths (no file system access).
public enum PathSyntax {
    /// Removes `.` and empty components and folds `a/..`; a leading `..` that escapes is kept.
    public static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            if component == "." { continue }
            if component == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            parts.append(component)
        }
        return parts.joined(separator: "/")
    }

    /// The folder part of `path` ("" for a top-level file).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `relative` resolved against the folder `base`, normalised.
    public static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return normalize(relative) }
        return normalize(base.isEmpty ? relative : base + "/" + relative)
    }

    /// Whether a normalised relative path climbs out of its root.
    public static func escapesRoot(_ path: String) -> Bool {
        let normalized = normalize(path)
        return path.hasPrefix("/") || normalized == ".." || normalized.hasPrefix("../")
    }
}
