/// Files whose presence tells a stack (`manage.py`, `next.config.js`, `AndroidManifest.xml`),
/// collected in one pass over the file list, each with the project folder it belongs to.
struct TellingFiles {
    static let names: Set<String> = [
        "manage.py", "AndroidManifest.xml", "next.config.js", "next.config.mjs", "next.config.ts", "next.config.cjs",
    ]
    private var byName: [String: [(path: String, owner: String)]] = [:]

    init(tree: RepositoryTree, projectFolders: Set<String>) {
        for path in tree.files {
            let name = Paths.name(of: path)
            guard Self.names.contains(name) else { continue }
            let folder = Paths.folder(of: path)
            guard !NonProductFolders.excludes(folder) else { continue }
            let owner = Paths.ancestry(of: folder).first { projectFolders.contains($0) } ?? ""
            byName[name, default: []].append((path, owner))
        }
    }

    /// Files called one of `names` directly in `folder`.
    func paths(named names: [String], in folder: String) -> [String] {
        names.flatMap { byName[$0] ?? [] }.map(\.path).filter { Paths.folder(of: $0) == folder }
    }

    /// Files called one of `names` below `folder` that belong to the project at `owner`.
    func paths(named names: [String], under folder: String, owner: String) -> [String] {
        names.flatMap { byName[$0] ?? [] }.filter { $0.owner == owner && Paths.isInside($0.path, folder) }.map(\.path).sorted()
    }
}
