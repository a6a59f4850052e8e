/// The manifests of one ecosystem in one folder: the building block of a project.
public struct ProjectUnit: Sendable, Hashable {
    public var ecosystem: Ecosystem
    /// Repository-relative folder (`` for the root).
    public var folder: String
    /// Repository-relative manifest paths, sorted.
    public var manifests: [String]
    /// Folders of the same ecosystem folded into this one (Cargo workspace members, Gradle
    /// subprojects, library packages of a JavaScript workspace, nested requirements files).
    public var members: [String] = []
    /// For JavaScript: an application package of a workspace rooted at this folder.
    public var workspaceRoot: String?

    public func manifest(named name: String) -> String? { manifests.first { Paths.name(of: $0) == name } }
}
