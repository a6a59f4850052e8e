/// One dependency a manifest declares: its name and version as written, where, and for what.
public struct Dependency: Sendable, Hashable {
    /// When the dependency is needed: frameworks count only when the project runs on them.
    public enum Scope: String, Sendable, Hashable {
        case runtime, development, peer, optional
    }

    public var name: String
    public var version: String?
    public var line: Int?
    public var scope: Scope

    public init(name: String, version: String? = nil, line: Int? = nil, scope: Scope = .runtime) {
        self.name = name
        self.version = version
        self.line = line
        self.scope = scope
    }
}

extension [Dependency] {
    /// The first dependency called `name` (compared as the manifest's ecosystem compares names).
    func named(_ name: String, in ecosystem: ManifestDependencies.Ecosystem = .plain) -> Dependency? {
        let wanted = ManifestDependencies.normalize(name, ecosystem: ecosystem)
        return first { ManifestDependencies.normalize($0.name, ecosystem: ecosystem) == wanted }
    }
}
