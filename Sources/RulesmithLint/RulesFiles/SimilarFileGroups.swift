import RulesmithEditors

/// For each rules file, the other files RF005 pairs it with, counted by groups rather than pair
/// by pair: files of one text class, folder (`EditorReadSet.scope`) and kind are alike to every
/// other file, so a file's most similar partner (ties: the earliest), their number and the lowest
/// similarity come from each group's first member and size. Pairs already reported as an import
/// plus a pasted copy (`handled`) are left out, as the pairwise comparison left them out.
struct SimilarFileGroups {
    /// A file's partners of one sort: the most similar (ties: the lowest index), how many there
    /// are and the least similar one's similarity; `editor` is the nearest's shared editor.
    struct Tally {
        var nearest = -1
        var similarity = 0.0
        var count = 0
        var lowest = 1.0
        var editor: String?

        mutating func offer(_ first: Int, similarity: Double, count: Int, editor: String?) {
            guard count > 0 else { return }
            if self.count == 0 || similarity > self.similarity || (similarity == self.similarity && first < nearest) {
                nearest = first
                self.similarity = similarity
                self.editor = editor
            }
            lowest = self.count == 0 ? similarity : min(lowest, similarity)
            self.count += count
        }
    }

    private struct Cell: Hashable {
        let textClass: Int
        let scope: Int
        let kind: FileKind
    }

    private struct KindPair: Hashable {
        let first: FileKind
        let second: FileKind
    }

    private let classes: SimilarTextClasses
    private let kinds: [FileKind]
    private let scopes: [Int]
    /// Members of each (class, kind), ascending.
    private let byKind: [Int: [FileKind: [Int]]]
    /// Members of each (class, folder, kind), ascending.
    private let cells: [Cell: [Int]]
    private let editors: [KindPair: String]
    private let handled: [Int: Set<Int>]
    /// Files that are one file on disk (a symlink and its target, or two links to one file): one
    /// source already, so never a drifted copy of each other.
    private let sameSource: [Int: Set<Int>]

    init(_ documents: [DuplicateInstructionsSummary], classes: SimilarTextClasses, handled: [(Int, Int)]) {
        self.classes = classes
        kinds = documents.map(\.kind)
        var scopeIDs: [String: Int] = [:]
        var scopes = [Int](repeating: -1, count: documents.count)
        var byKind: [Int: [FileKind: [Int]]] = [:]
        var cells: [Cell: [Int]] = [:]
        for (index, document) in documents.enumerated() {
            guard let textClass = classes.classOf[index] else { continue }
            let scope = EditorReadSet.scope(of: document.path)
            let id = scopeIDs[scope] ?? scopeIDs.count
            scopeIDs[scope] = id
            scopes[index] = id
            byKind[textClass, default: [:]][document.kind, default: []].append(index)
            cells[Cell(textClass: textClass, scope: id, kind: document.kind), default: []].append(index)
        }
        self.scopes = scopes
        self.byKind = byKind
        self.cells = cells
        var editors: [KindPair: String] = [:]
        let present = Set(documents.indices.filter { classes.classOf[$0] != nil }.map { documents[$0].kind })
        for first in present {
            for second in present {
                if let set = EditorReadSet.all.first(where: { $0.kinds.contains(first) && $0.kinds.contains(second) }) {
                    editors[KindPair(first: first, second: second)] = set.editor
                }
            }
        }
        self.editors = editors
        var byDocument: [Int: Set<Int>] = [:]
        for (first, second) in handled {
            byDocument[first, default: []].insert(second)
            byDocument[second, default: []].insert(first)
        }
        self.handled = byDocument
        var bySource: [String: [Int]] = [:]
        for (index, document) in documents.enumerated() where classes.classOf[index] != nil {
            bySource[document.resolutionPath, default: []].append(index)
        }
        var sameSource: [Int: Set<Int>] = [:]
        for members in bySource.values where members.count > 1 {
            for member in members { sameSource[member] = Set(members).subtracting([member]) }
        }
        self.sameSource = sameSource
    }

    /// The files in `index`'s folder that one editor loads with it, at the threshold or above.
    func loadedTogether(_ index: Int) -> Tally? {
        guard let own = classes.classOf[index] else { return nil }
        let skipped = handled[index] ?? []
        var tally = Tally()
        for (other, similarity) in classes.related[own] {
            for (kind, _) in byKind[other] ?? [:] {
                guard let editor = editors[KindPair(first: kinds[index], second: kind)],
                      let members = cells[Cell(textClass: other, scope: scopes[index], kind: kind)] else { continue }
                // The file itself and its skipped partners are the only members left out: counted
                // by looking them up, so a folder of a thousand copies is not walked per file.
                var count = members.count
                if other == own, kind == kinds[index] { count -= 1 }
                for member in skipped where member != index && classes.classOf[member] == other && kinds[member] == kind && scopes[member] == scopes[index] {
                    count -= 1
                }
                guard count > 0, let first = members.first(where: { $0 != index && !skipped.contains($0) }) else { continue }
                tally.offer(first, similarity: similarity, count: count, editor: editor)
            }
        }
        return tally.count > 0 ? tally : nil
    }

    /// The files of another kind that no editor loads with `index` (another folder, or no shared
    /// editor): copies kept for different editors.
    func drifted(_ index: Int) -> Tally? {
        guard let own = classes.classOf[index] else { return nil }
        let skipped = (handled[index] ?? []).union(sameSource[index] ?? [])
        let scope = scopes[index]
        var tally = Tally()
        for (other, similarity) in classes.related[own] {
            for (kind, members) in byKind[other] ?? [:] where kind != kinds[index] {
                let shared = editors[KindPair(first: kinds[index], second: kind)] != nil
                // Same folder and a shared editor: loaded together, not a drifted copy.
                func excluded(_ member: Int) -> Bool { (shared && scopes[member] == scope) || skipped.contains(member) }
                var count = members.count
                if shared { count -= cells[Cell(textClass: other, scope: scope, kind: kind)]?.count ?? 0 }
                for member in skipped where classes.classOf[member] == other && kinds[member] == kind
                    && !(shared && scopes[member] == scope) {
                    count -= 1
                }
                guard count > 0, let first = members.first(where: { !excluded($0) }) else { continue }
                tally.offer(first, similarity: similarity, count: count, editor: nil)
            }
        }
        return tally.count > 0 ? tally : nil
    }
}
