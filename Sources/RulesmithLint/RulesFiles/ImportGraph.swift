import RulesmithText

/// The files a rules file pulls in through `@imports`, followed through the workspace the way
/// Claude Code follows them (relative to each importing file), bounded in files and bytes.
struct ImportGraph {
    /// Claude Code follows imports recursively up to this many hops (its documented maximum).
    static let maximumHops = 5
    /// Bounds on a hostile or enormous graph.
    static let maximumFiles = 256
    static let maximumBytesPerFile = 1 << 20

    struct Node {
        var path: String
        /// Hops from the root document (the root is 0).
        var depth: Int
        /// The node it was first reached from (breadth first, so along a shortest chain).
        var parent: Int?
        /// Which of the root document's imports the node was first reached through.
        var rootImport: Int
        var edges: [Int] = []
    }

    private(set) var nodes: [Node] = []
    /// The root document's imports that could be followed, by index into `nodes` edges of node 0.
    let rootImports: [ImportReference]

    init(_ document: LintDocument, workspace: any WorkspaceReader) {
        let home = workspace.homeDirectory
        let imports = document.analysis(DocumentImports.self).imports.filter { $0.isFilePath }
        rootImports = imports
        nodes = [Node(path: PathSyntax.normalize(document.path), depth: 0, parent: nil, rootImport: -1)]
        var index: [String: Int] = [nodes[0].path: 0]
        var queue = [0]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            let node = nodes[current]
            let references: [ImportReference]
            if current == 0 {
                references = imports
            } else {
                guard node.depth <= Self.maximumHops, let bytes = workspace.read(node.path),
                      bytes.count <= Self.maximumBytesPerFile else { continue }
                let source = SourceText(bytes: bytes)
                references = ImportScanner.imports(
                    in: source, markdown: MarkdownDocument(source), bodyStart: Frontmatter(source).bodyStart
                ).filter { $0.isFilePath && $0.isMarkdownLike }
            }
            for (position, reference) in references.enumerated() {
                guard let target = reference.resolved(from: current == 0 ? document.resolutionPath : node.path, homeDirectory: home) else { continue }
                if let existing = index[target] {
                    nodes[current].edges.append(existing)
                    continue
                }
                guard nodes.count < Self.maximumFiles, workspace.entry(at: target) == .file else { continue }
                let rootImport = current == 0 ? position : node.rootImport
                nodes.append(Node(path: target, depth: node.depth + 1, parent: current, rootImport: rootImport))
                index[target] = nodes.count - 1
                nodes[current].edges.append(nodes.count - 1)
                queue.append(nodes.count - 1)
            }
        }
    }

    /// The chain of paths from the root to `node` along first-reached parents.
    func chain(to node: Int) -> [String] {
        var paths: [String] = []
        var current: Int? = node
        while let index = current {
            paths.append(nodes[index].path)
            current = nodes[index].parent
        }
        return paths.reversed()
    }

    /// Nodes one hop past the limit: files Claude Code does not load, one per root import.
    func tooDeep() -> [(rootImport: Int, node: Int)] {
        var seen = Set<Int>()
        var output: [(rootImport: Int, node: Int)] = []
        for (index, node) in nodes.enumerated() where node.depth > Self.maximumHops && !seen.contains(node.rootImport) {
            seen.insert(node.rootImport)
            output.append((node.rootImport, index))
        }
        return output
    }

    /// One cycle per root import: the chain of paths that closes back on itself.
    func cycles() -> [(rootImport: Int, chain: [String])] {
        var state = [UInt8](repeating: 0, count: nodes.count)
        var stack: [Int] = []
        var found: [Int: [String]] = [:]
        // Iterative depth-first search; a back edge to a node on the stack closes a cycle.
        var frames: [(node: Int, edge: Int)] = [(0, 0)]
        state[0] = 1
        stack.append(0)
        while var frame = frames.popLast() {
            let edges = nodes[frame.node].edges
            if frame.edge < edges.count {
                let next = edges[frame.edge]
                frame.edge += 1
                frames.append(frame)
                if state[next] == 1 {
                    let rootImport = stack.count > 1 ? nodes[stack[1]].rootImport : nodes[next].rootImport
                    if found[rootImport] == nil, let start = stack.firstIndex(of: next) {
                        found[rootImport] = stack[start...].map { nodes[$0].path } + [nodes[next].path]
                    }
                } else if state[next] == 0 {
                    state[next] = 1
                    stack.append(next)
                    frames.append((next, 0))
                }
            } else {
                state[frame.node] = 2
                stack.removeLast()
            }
        }
        return found.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
