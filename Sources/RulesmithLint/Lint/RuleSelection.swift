import Foundation
import RulesmithEditors

/// The per-document rules that judge a document, chosen once per kind and options for a run:
/// choosing them copies every rule's description, which per file cost a sixth of a monorepo's
/// lint. Safe from every thread.
final class RuleSelection: @unchecked Sendable {
    private let rules: [any Rule]
    private let lock = NSLock()
    private var chosen: [Key: [any Rule]] = [:]

    init(_ rules: [any Rule]) {
        self.rules = rules
    }

    /// The rules of the catalogue that read `document`'s kind and that its options turn on, in
    /// the catalogue's order.
    func rules(for document: LintDocument) -> [any Rule] {
        let key = Key(kind: document.kind, options: document.options)
        if let known = lock.withLock({ chosen[key] }) { return known }
        let selected = rules.filter { $0.description.kinds.contains(key.kind) && key.options.isEnabled($0.description) }
        lock.withLock {
            // Runs with per-path options can meet many; a bounded memo keeps memory flat.
            if chosen.count >= 256 { chosen.removeAll(keepingCapacity: true) }
            chosen[key] = selected
        }
        return selected
    }

    /// What the choice depends on.
    private struct Key: Hashable {
        let kind: FileKind
        let options: LintOptions
    }
}
