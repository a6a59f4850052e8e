import RulesmithLint
import RulesmithText

/// The Markdown copies of an HTML page that the llms.txt proposal asks sites to publish, in the
/// order to try them: v1 appends `.md` (`page.html.md`, `index.html.md` for folder URLs); v2
/// also allows `page.md` and `index.md`.
public enum MarkdownVariants {
    /// URLs to try before `url` itself; empty when `url` does not name an HTML page (it already
    /// names a `.md`/`.txt`/other file, or is not `http(s)`).
    public static func candidates(for url: String, profile: Profile) -> [String] {
        var reference = URLReference(url)
        guard reference.isWeb else { return [] }
        reference.fragment = nil
        let path = reference.path
        let lastSegment = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        var paths: [String] = []
        if path.isEmpty || path.hasSuffix("/") {
            let folder = path.isEmpty ? "/" : path
            paths.append(folder + "index.html.md")
            if profile == .v2 { paths.append(folder + "index.md") }
        } else if let dot = lastSegment.lastIndex(of: ".") {
            let extensionName = lastSegment[lastSegment.index(after: dot)...].lowercased()
            guard extensionName == "html" || extensionName == "htm" else { return [] }
            paths.append(path + ".md")
            if profile == .v2 {
                let stem = path.dropLast(lastSegment.distance(from: dot, to: lastSegment.endIndex))
                paths.append(stem + ".md")
            }
        } else {
            paths.append(path + ".md")
        }
        return paths.map { candidate in
            var variant = reference
            variant.path = candidate
            return variant.text
        }
    }
}
