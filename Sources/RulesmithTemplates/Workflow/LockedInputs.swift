/// What a render was made from, besides the registry revision: the stacks, targets, variable
/// values and overlays (path → SHA-256 of the overlay file). Its hash tells "config changed" from
/// "registry changed" when a generated file goes stale.
public struct LockedInputs: Sendable, Equatable {
    public var stacks: [String]
    public var targets: [String]
    public var variables: [String: String]
    /// Overlay path (repository-relative) → SHA-256 of its bytes.
    public var overlays: [String: String]

    public init(stacks: [String] = [], targets: [String] = [], variables: [String: String] = [:], overlays: [String: String] = [:]) {
        self.stacks = stacks
        self.targets = targets
        self.variables = variables
        self.overlays = overlays
    }

    /// SHA-256 over a canonical, length-prefixed spelling of every input.
    public var hash: String {
        var bytes: [UInt8] = []
        func add(_ field: String) {
            bytes.append(contentsOf: Array("\(field.utf8.count):".utf8))
            bytes.append(contentsOf: Array(field.utf8))
        }
        add("stacks")
        for stack in stacks { add(stack) }
        add("targets")
        for target in targets { add(target) }
        add("variables")
        for name in variables.keys.sorted() {
            add(name)
            add(variables[name]!)
        }
        add("overlays")
        for path in overlays.keys.sorted() {
            add(path)
            add(overlays[path]!)
        }
        return ContentHash.sha256(bytes)
    }
}
