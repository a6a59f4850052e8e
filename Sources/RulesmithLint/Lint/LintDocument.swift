import Foundation
import Synchronization
import RulesmithEditors
import RulesmithText

/// One file under lint: its path, kind, bytes, options, the workspace around it, and a cache of
/// analyses (Markdown blocks, llms.txt structure, frontmatter) that rules share.
///
/// Sendable because the cache is: each analysis is computed once under its own lock, so rule
/// families may run on one large document from several threads.
public final class LintDocument: @unchecked Sendable {
    /// Workspace-relative path, '/'-separated; links and imports resolve against it.
    public var path: String { notingContextRead(storedPath) }
    /// The path as the user should read it in diagnostics (relative to the working directory).
    public var displayPath: String { notingContextRead(storedDisplayPath) }
    public let kind: FileKind
    public let source: SourceText
    public let options: LintOptions
    /// What else exists around the file, for link and import checks; nil when unknown (stdin).
    public var workspace: (any WorkspaceReader)? { notingContextRead(storedWorkspace) }
    /// The repository's facts and tracked files, for the RP rules; nil when unknown (stdin, a
    /// template, a file outside a repository).
    public var repository: RepositoryContext? {
        repositoryReads.wrappingAdd(1, ordering: .relaxed)
        return notingContextRead(storedRepository)
    }
    /// For a symbolic link, the workspace-relative path of the file it leads to; nil otherwise.
    public var linkTarget: String? { notingContextRead(storedLinkTarget) }
    private let storedPath: String
    private let storedDisplayPath: String
    private let storedWorkspace: (any WorkspaceReader)?
    private let storedRepository: RepositoryContext?
    private let storedLinkTarget: String?
    /// How many times anything beyond the text, kind and options was read (the context above,
    /// or an analysis that read it): a rule that leaves it unchanged judged the text alone, so
    /// its findings hold for every file with the same text, kind and options (`ContentFindingsCache`).
    private let contextReads = Atomic<Int>(0)
    /// How many of those reads were of the repository itself: a rule whose every read of the
    /// context was one judged the text against the repository, so its findings hold for every
    /// file with the same text, kind, options and repository (the RP rules, on a monorepo's copies).
    private let repositoryReads = Atomic<Int>(0)
    private let analysesLock = NSLock()
    private var analyses: [ObjectIdentifier: AnalysisSlot] = [:]

    public init(
        path: String, kind: FileKind, source: SourceText, options: LintOptions = LintOptions(),
        workspace: (any WorkspaceReader)? = nil, displayPath: String? = nil, repository: RepositoryContext? = nil,
        linkTarget: String? = nil
    ) {
        storedRepository = repository
        storedLinkTarget = linkTarget == path ? nil : linkTarget
        storedPath = path
        storedDisplayPath = displayPath ?? path
        self.kind = kind
        self.source = source
        self.options = options
        storedWorkspace = workspace
    }

    /// The path relative links and `@imports` resolve from: a symlinked rules file's target, since
    /// that is where its author wrote and previews them and where Claude Code resolves imports
    /// (it follows the link to the real file first); the file's own path otherwise.
    public var resolutionPath: String { linkTarget ?? path }

    /// A count that changes whenever the context (path, workspace, repository, link target) is
    /// read, directly or through an analysis made from it.
    var contextReadCount: Int { contextReads.load(ordering: .relaxed) }

    /// A count that changes whenever the repository is read directly (an analysis made from the
    /// repository counts as a read of the context only).
    var repositoryReadCount: Int { repositoryReads.load(ordering: .relaxed) }

    /// Which repository the document is judged against, without counting as a read of it.
    var repositoryIdentity: RepositoryContext.Identity? { storedRepository?.identity }

    /// This document without its text and every analysis but `T`: what a later pass reads of a
    /// file long after it was linted (the `@imports` pass), held for thousands of files.
    public func keepingOnly<T: DocumentAnalysis>(_ type: T.Type) -> LintDocument {
        let kept = analysis(T.self)
        let copy = LintDocument(
            path: storedPath, kind: kind, source: SourceText(bytes: []), options: options, workspace: storedWorkspace,
            displayPath: storedDisplayPath, repository: storedRepository, linkTarget: storedLinkTarget)
        let slot = AnalysisSlot()
        _ = slot.value { (kept, true) }
        copy.analyses[ObjectIdentifier(type)] = slot
        return copy
    }

    /// The analyses made so far from the text, kind and options alone that a copy may share.
    func shareableAnalyses() -> [ObjectIdentifier: any Sendable] {
        let slots = analysesLock.withLock { analyses }
        var shared: [ObjectIdentifier: any Sendable] = [:]
        for (key, slot) in slots {
            guard let (value, readsContext) = slot.made, !readsContext, let value = value as? any ShareableAnalysis else { continue }
            shared[key] = value
        }
        return shared
    }

    /// Drops every analysis made so far but `kept`; one asked for again is made again. Once a
    /// large document's rules ran, its structure (Markdown blocks and lines, the llms.txt
    /// columns, the security scan's state) is not held while its findings become diagnostics.
    func releaseAnalyses(keeping kept: [ObjectIdentifier] = []) {
        let released = analysesLock.withLock {
            let all = analyses
            analyses = all.filter { kept.contains($0.key) }
            return all
        }
        // Freed here, outside the lock.
        withExtendedLifetime(released) {}
    }

    /// How many analyses are held (for tests of what the engine frees).
    var heldAnalysisCount: Int { analysesLock.withLock { analyses.count } }

    /// Takes the analyses another document made of the same text, kind and options.
    func adopt(_ shared: [ObjectIdentifier: any Sendable]) {
        analysesLock.withLock {
            for (key, value) in shared where analyses[key] == nil {
                let slot = AnalysisSlot()
                _ = slot.value { (value, false) }
                analyses[key] = slot
            }
        }
    }

    private func notingContextRead<T>(_ value: T) -> T {
        contextReads.wrappingAdd(1, ordering: .relaxed)
        return value
    }

    /// The shared analysis of type `T`, computed once per document (a second thread asking for it
    /// meanwhile waits for the first). Analyses depend on each other without cycles, so waiting on
    /// one slot while holding another cannot deadlock.
    public func analysis<T: DocumentAnalysis>(_ type: T.Type = T.self) -> T {
        let key = ObjectIdentifier(type)
        let slot = analysesLock.withLock {
            if let slot = analyses[key] { return slot }
            let slot = AnalysisSlot()
            analyses[key] = slot
            return slot
        }
        let (value, readsContext) = slot.value {
            let before = contextReadCount
            let made = T(self)
            return (made, contextReadCount != before)
        }
        if readsContext { contextReads.wrappingAdd(1, ordering: .relaxed) }
        return value as! T
    }
}

/// One analysis of one document, computed at most once, with whether making it read the
/// document's context (so a rule reading the analysis reads the context too).
private final class AnalysisSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (value: Any, readsContext: Bool)?

    /// The analysis and whether it read the context, once made.
    var made: (value: Any, readsContext: Bool)? { lock.withLock { stored } }

    func value(_ make: () -> (Any, Bool)) -> (value: Any, readsContext: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let made = make()
        stored = made
        return made
    }
}

/// A derived view of a document that several rules read (computed lazily, once).
public protocol DocumentAnalysis {
    init(_ document: LintDocument)
}

/// An analysis an identical text may share: an immutable value, safe on every thread. It is handed
/// to another file only when making it read nothing but the text, kind and options
/// (`ContentFindingsCache`), so a copy's path-reading rules skip the Markdown scan and the like.
public protocol ShareableAnalysis: DocumentAnalysis, Sendable {}

/// What a workspace holds, seen through repository-relative '/'-separated paths.
public protocol WorkspaceReader: Sendable {
    /// What is at `path` (relative to the workspace root).
    func entry(at path: String) -> WorkspaceEntry
    /// The bytes of the file at `path`, or nil when it cannot be read.
    func read(_ path: String) -> [UInt8]?
    /// The user's home directory, for `~/` imports; nil when unknown.
    var homeDirectory: String? { get }
}

/// The kind of thing found at a workspace path.
public enum WorkspaceEntry: Sendable, Equatable {
    case file
    case directory
    case missing
    /// A symbolic link whose target leaves the workspace.
    case outside
}

/// A workspace held in memory, for examples and tests.
public struct InMemoryWorkspace: WorkspaceReader {
    public var files: [String: [UInt8]]
    public var homeDirectory: String?

    public init(files: [String: String], homeDirectory: String? = nil) {
        self.files = files.mapValues { Array($0.utf8) }
        self.homeDirectory = homeDirectory
    }

    public func entry(at path: String) -> WorkspaceEntry {
        let normalized = PathSyntax.normalize(path)
        if files[normalized] != nil { return .file }
        let prefix = normalized.isEmpty ? "" : normalized + "/"
        if files.keys.contains(where: { $0.hasPrefix(prefix) }) { return .directory }
        return .missing
    }

    public func read(_ path: String) -> [UInt8]? { files[PathSyntax.normalize(path)] }
}
