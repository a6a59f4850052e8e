import Foundation
import RulesmithEditors

/// The findings of the rules that judged a text alone, kept per (text, kind, options) for one run,
/// so a file whose exact bytes were already linted under the same kind and options (a monorepo's
/// copies of one generated AGENTS.md) runs only its rules that read the path, workspace or
/// repository, on the text's shareable analyses. Safe from every thread; bounded, so a tree of
/// unique files holds at most `maximumEntries` texts and `maximumBytes` of text.
final class ContentFindingsCache: @unchecked Sendable {
    /// What one text's rules found and the analyses a copy may share.
    struct Entry {
        /// Aligned with the rule list the kind and options select: the findings of a rule that
        /// read only the text, nil for a rule that read the context; nil while only the summary
        /// of a rule comparing files has been made of the text.
        var findings: [[Finding]?]?
        var analyses: [ObjectIdentifier: any Sendable]
        /// Aligned the same way: the findings of a rule that read the text and, of the context,
        /// only the repository, valid for documents judged against that repository.
        var repositoryFindings: RepositoryFindings?
    }

    /// Findings that hold for one repository.
    struct RepositoryFindings {
        let repository: RepositoryContext.Identity
        let findings: [[Finding]?]
    }

    /// Texts from this size on are not kept: a large one lints on every core with rules side by
    /// side, where reads of the context cannot be told apart.
    static let maximumTextBytes = Linter.parallelRulesBytes
    static let maximumEntries = 2048
    /// The texts kept, with their analyses (several times their size), stay under this.
    static let maximumBytes = 4 << 20

    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    private var found = 0
    private var bytes = 0

    /// How many lookups found an entry.
    var hits: Int { lock.withLock { found } }

    /// The entry for this exact text, kind and options, if one was stored.
    func entry(for document: LintDocument) -> Entry? {
        Key(document).flatMap(entry(for:))
    }

    /// The entry under a key made once for a document (its text hashed once however often it is looked up).
    func entry(for key: Key) -> Entry? {
        lock.withLock {
            let entry = entries[key]
            if entry != nil { found += 1 }
            return entry
        }
    }

    func store(_ entry: Entry, for document: LintDocument) {
        if let key = Key(document) { store(entry, for: key) }
    }

    func store(_ entry: Entry, for key: Key) {
        lock.withLock {
            // A full cache starts over rather than tracking use: the copies of a template sit
            // close together in a tree's order, so recent texts are the ones met again.
            if entries.count >= Self.maximumEntries || bytes + key.bytes.count > Self.maximumBytes {
                entries.removeAll(keepingCapacity: true)
                bytes = 0
            }
            if entries.updateValue(entry, forKey: key) == nil { bytes += key.bytes.count }
        }
    }

    /// The exact bytes (compared whole on a hash match, so no two texts are ever confused),
    /// the kind and the options. The text is hashed once, when the key is made: a lookup and the
    /// store after it reuse that hash instead of reading the text again.
    struct Key: Hashable {
        let bytes: [UInt8]
        let kind: FileKind
        let options: LintOptions
        private let textHash: Int

        init?(_ document: LintDocument) {
            guard document.source.bytes.count < ContentFindingsCache.maximumTextBytes else { return nil }
            bytes = document.source.bytes
            kind = document.kind
            options = document.options
            var hasher = Hasher()
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
            textHash = hasher.finalize()
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(textHash)
            hasher.combine(kind)
            hasher.combine(options)
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.textHash == rhs.textHash && lhs.kind == rhs.kind && lhs.options == rhs.options && lhs.bytes == rhs.bytes
        }
    }
}
