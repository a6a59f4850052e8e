import RulesmithText

/// Detection hints of a stack the engine has no rules for (a team's own template stack): files
/// (paths or globs) and dependency names per manifest file name; any one match is evidence.
public struct StackSignature: Sendable, Hashable {
    public var id: String
    public var files: [String]
    public var dependencies: [String: [String]]

    public init(id: String, files: [String] = [], dependencies: [String: [String]] = [:]) {
        self.id = id
        self.files = files
        self.dependencies = dependencies
    }

    /// Findings in the project folders (a file outside every project belongs to the root).
    func findings(store: ManifestStore, units: [String: [ProjectUnit]]) -> [StackFinding] {
        var evidence: [String: [Evidence]] = [:]
        var order: [String] = []
        func note(_ folder: String, _ item: Evidence) {
            if evidence[folder] == nil { order.append(folder) }
            evidence[folder, default: []].append(item)
        }
        // A hint that is not a valid glob (an unclosed '[' or '{') matches nothing.
        let patterns = files.compactMap { try? PathPattern($0, dialect: .detection) }
        if !patterns.isEmpty {
            for path in store.tree.files where !NonProductFolders.excludes(Paths.folder(of: path)) {
                guard patterns.matchAny(path) else { continue }
                let owner = Paths.ancestry(of: Paths.folder(of: path)).first { units[$0] != nil } ?? ""
                if evidence[owner]?.contains(where: { $0.line == nil }) != true { note(owner, Evidence(path)) }
            }
        }
        for folder in units.keys.sorted() {
            for unit in units[folder] ?? [] {
                for path in unit.manifests {
                    let name = Paths.name(of: path)
                    guard let wanted = dependencies[name], !wanted.isEmpty, let text = store.text(path) else { continue }
                    let declared = ManifestDependencies.dependencies(inManifest: name, text: text)
                    for dependencyName in wanted {
                        let normalized = ManifestDependencies.normalize(dependencyName, manifest: name)
                        if let match = declared.first(where: { ManifestDependencies.normalize($0.name, manifest: name) == normalized }) {
                            note(folder, Evidence(path, line: match.line))
                        }
                    }
                }
            }
        }
        return order.map { StackFinding(folder: $0, fact: StackFact(id: id, evidence: evidence[$0]!)) }
    }
}
