/// Which stacks a repository matches, from its file list and manifest texts (no file system here:
/// the caller lists the files and reads the manifests).
public enum StackDetector {
    /// Stacks with at least one piece of evidence, in the order of `stacks`.
    /// - Parameters:
    ///   - files: repository-relative paths ('/'-separated).
    ///   - manifests: repository-relative manifest path → its text (only the ones read).
    public static func detect(
        stacks: [TemplateStack], files: [String], manifests: [String: String]
    ) -> [StackMatch] {
        var dependenciesByManifest: [String: Set<String>] = [:]
        for (path, text) in manifests {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            dependenciesByManifest[path] = ManifestDependencies.names(inManifest: name, text: text)
        }
        let manifestPaths = manifests.keys.sorted()
        var matches: [StackMatch] = []
        for stack in stacks {
            var evidence: [DetectionEvidence] = []
            for pattern in stack.detect.files {
                if let file = files.first(where: { DetectionGlob.matches(pattern, path: $0) }) {
                    evidence.append(.file(path: file, pattern: pattern))
                }
            }
            for (manifestName, names) in stack.detect.dependencies.sorted(by: { $0.key < $1.key }) {
                for path in manifestPaths where path == manifestName || path.hasSuffix("/" + manifestName) {
                    let found = dependenciesByManifest[path] ?? []
                    for name in names where found.contains(ManifestDependencies.normalize(name, manifest: manifestName)) {
                        evidence.append(.dependency(manifest: path, name: name))
                    }
                }
            }
            if !evidence.isEmpty { matches.append(StackMatch(stackID: stack.id, title: stack.title, evidence: evidence)) }
        }
        return matches
    }
}

/// A stack a repository matches, with what showed it.
public struct StackMatch: Sendable, Hashable, Codable {
    public var stackID: String
    public var title: String
    public var evidence: [DetectionEvidence]

    public init(stackID: String, title: String, evidence: [DetectionEvidence]) {
        self.stackID = stackID
        self.title = title
        self.evidence = evidence
    }
}

/// One reason a stack matched: a file that matched a pattern, or a dependency in a manifest.
public enum DetectionEvidence: Sendable, Hashable, Codable, CustomStringConvertible {
    case file(path: String, pattern: String)
    case dependency(manifest: String, name: String)

    public var description: String {
        switch self {
        case let .file(path, pattern): pattern == path ? "file \(path)" : "file \(path) (matches \(pattern))"
        case let .dependency(manifest, name): "dependency \(name) in \(manifest)"
        }
    }
}
