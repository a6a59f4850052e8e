/// The requirement lines of a pip requirements file (`Django>=4.2 ; python_version > "3.8"`).
public enum Requirements {
    public static func dependencies(_ text: String) -> [Dependency] {
        var result: [Dependency] = []
        for (offset, rawLine) in TextLines(text).lines.enumerated() {
            let content = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            // pip-compile continues a pinned line with ` \` and `--hash=` lines.
            let trimmed = content.trimmingCharacters(in: " \t\r\\")
            guard !trimmed.isEmpty, !trimmed.hasPrefix("-"), !trimmed.contains("://") else { continue }
            let dependency = PyProject.requirement(trimmed, line: offset + 1, scope: .runtime)
            if !dependency.name.isEmpty { result.append(dependency) }
        }
        return result
    }

    /// The files a requirements file includes with `-r other.txt`, relative to its folder.
    public static func includes(_ text: String) -> [String] {
        TextLines(text).lines.compactMap { line in
            let trimmed = line.trimmingCharacters(in: " \t\r")
            for prefix in ["-r ", "--requirement "] where trimmed.hasPrefix(prefix) {
                return String(trimmed.dropFirst(prefix.count)).trimmingCharacters(in: " \t")
            }
            return nil
        }
    }
}
