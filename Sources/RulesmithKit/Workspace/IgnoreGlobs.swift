import RulesmithText


/// The config's ignore globs: a pattern without '/' matches a name at any depth, one with '/'
/// matches from the root; a folder that matches is not entered. Braces are allowed.
struct IgnoreGlobs: Sendable {
    private var globs: [(glob: Glob, anyDepth: Bool)] = []

    init(_ patterns: [String]) throws {
        for pattern in patterns {
            var text = pattern.trimmingBlanks()
            while text.hasSuffix("/") { text.removeLast() }
            let anchored = text.hasPrefix("/")
            if anchored { text.removeFirst() }
            guard !text.isEmpty else { continue }
            do {
                globs.append((try Glob(text), !anchored && !text.contains("/")))
            } catch {
                throw RulesmithError("ignore glob '\(pattern)': \(error.message)")
            }
        }
    }

    func matches(_ path: String) -> Bool {
        guard !globs.isEmpty else { return false }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return globs.contains { $0.anyDepth ? $0.glob.matches(name) : $0.glob.matches(path) }
    }
}
