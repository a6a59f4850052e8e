#if canImport(Glibc)
import Glibc
#endif
import RulesmithEditors
import RulesmithText

/// The lint engine: runs the catalogue's rules on documents, applies configured severities and
/// inline suppressions, places findings at line:column, and applies fixes.
public struct Linter: Sendable {
    public let catalogue: RuleCatalogue
    /// Whether a run reuses, for a text it already linted under the same kind and options, the
    /// findings of the rules that read only the text (`ContentFindingsCache`); off only for the
    /// tests that compare a run against one that analyses every file afresh.
    var reusesFindingsOfIdenticalTexts = true
    /// The cache runs share; nil gives each run its own (a test passes one to look into it).
    var findingsCache: ContentFindingsCache?

    public init(catalogue: RuleCatalogue = .standard) {
        self.catalogue = catalogue
    }

    /// Diagnostics for one document (per-document rules only), sorted by position.
    public func lint(_ document: LintDocument) -> [Diagnostic] {
        lint([document])[0]
    }

    /// Diagnostics for each document, including rules that compare documents with each other.
    public func lint(_ documents: [LintDocument]) -> [[Diagnostic]] {
        lint(count: documents.count, kinds: documents.map(\.kind), options: documents.map(\.options)) { index, _ in documents[index] }
    }

    /// Diagnostics for documents made when the engine gets to them, each dropped once linted:
    /// at most one document per core is in memory (two readings of a file when a rule comparing
    /// documents reads its kind: one for its summary, one for its own rules). `finished` sees each
    /// document once its diagnostics are known, on the thread that linted it.
    public func lint(_ pending: [PendingDocument], finished: (Int, LintDocument) -> Void = { _, _ in }) -> [[Diagnostic]] {
        lint(count: pending.count, kinds: pending.map(\.kind), options: pending.map(\.options), finished: finished) { index, withText in
            pending[index].document(withText: withText)
        }
    }

    private func lint(
        count: Int, kinds: [FileKind], options: [LintOptions], finished: (Int, LintDocument) -> Void = { _, _ in },
        make: (Int, _ withText: Bool) -> LintDocument
    ) -> [[Diagnostic]] {
        // The security scan's keyword tables, decoded before the workers start (one would
        // decode them while the others wait).
        if count > 1 { KeywordTables.prepare() }
        let active = catalogue.projectRules.filter { rule in
            let description = rule.description
            return (0..<count).contains { description.kinds.contains(kinds[$0]) && options[$0].isEnabled(description) }
        }
        let cache = reusesFindingsOfIdenticalTexts ? findingsCache ?? ContentFindingsCache() : nil
        let selection = RuleSelection(catalogue.rules)
        guard !active.isEmpty else {
            // Per-document rules and finalising run on every core, one document per thread at a time.
            return WorkerPool.map(count) { index in
                let document = make(index, true)
                let diagnostics = finalize(document, check(document, selection.rules(for: document), cache: cache))
                finished(index, document)
                return diagnostics
            }
        }
        // One reading of each file: its own rules run and the compact summaries the comparing
        // rules read are made together, on every core; what comparing finds is placed afterwards
        // (`LateFindingPlaces`), so only a file the late findings could change otherwise is read again.
        let mergeable = lateFindingsMergeable(active)
        let shared = SharedSummaries()
        let firstPass: [(summaries: [any Sendable], diagnostics: [Diagnostic], places: LateFindingPlaces?)] = WorkerPool.map(count) { index in
            let document = make(index, true)
            let key = cache == nil ? nil : ContentFindingsCache.Key(document)
            // Copies share the analyses a summary reads (the frontmatter, the imports) and their rules' findings.
            let known = key.flatMap { cache?.entry(for: $0) }
            if let known { document.adopt(known.analyses) }
            // A kind a rule does not read is summarised without its text, as the rule expects.
            var textless: LintDocument?
            let summaries: [any Sendable] = active.map { rule in
                guard !rule.description.kinds.contains(document.kind) else { return rule.summarize(document, shared: shared) }
                if textless == nil { textless = make(index, false) }
                return rule.summarize(textless!, shared: shared)
            }
            var directives = false
            let diagnostics = finalize(
                document, check(document, selection.rules(for: document), cache: cache, key: key, known: known), hasDirectives: &directives)
            var places: LateFindingPlaces?
            if mergeable, !directives {
                var ranges: [Range<Int>] = []
                for (position, rule) in active.enumerated() {
                    guard let own = rule.reportableRangesOfSummary(summaries[position]) else { ranges = []; break }
                    ranges += own
                }
                places = LateFindingPlaces(document, ranges: ranges)
            }
            finished(index, document)
            return (summaries, diagnostics, places)
        }
        var compared = [[(RuleRef, Finding)]](repeating: [], count: count)
        for (position, rule) in active.enumerated() {
            let description = rule.description
            let reference = RuleRef(description)
            for (index, finding) in rule.checkSummaries(firstPass.map { $0.summaries[position] })
            where (0..<count).contains(index) && options[index].isEnabled(description) {
                compared[index].append((reference, finding))
            }
        }
        var output = [[Diagnostic]](repeating: [], count: count)
        var again: [Int] = []
        for index in 0..<count {
            let (_, diagnostics, places) = firstPass[index]
            if compared[index].isEmpty {
                output[index] = diagnostics
            } else if compared[index].count <= FindingCap.perRule, let places,
                      let merged = places.merging(compared[index].map { ($0.0.description, $0.1) }, into: diagnostics) {
                output[index] = merged
            } else {
                again.append(index)
            }
        }
        // The rest are read again and finalised with the comparing rules' findings among their own.
        let relinted = WorkerPool.map(again.count) { position in
            let index = again[position]
            let document = make(index, true)
            var findings = check(document, selection.rules(for: document), cache: cache)
            findings += compared[index]
            return finalize(document, findings)
        }
        for (position, index) in again.enumerated() { output[index] = relinted[position] }
        return output
    }


    /// Whether a comparing rule's findings can be added to a document's finished diagnostics:
    /// not when one yields to another rule, or a rule yields to one of them (a late finding would
    /// drop, or be dropped by, a finding already placed).
    private func lateFindingsMergeable(_ active: [any ProjectRule]) -> Bool {
        let ids = Set(active.map(\.description.id))
        return active.allSatisfy { $0.description.yieldsTo.isEmpty }
            && catalogue.rules.allSatisfy { $0.description.yieldsTo.isDisjoint(with: ids) }
    }

    /// One cause, one finding: the finding of a rule that yields to another (`yieldsTo`) is dropped
    /// where that rule reported one starting at the same byte.
    private static func droppingYielded(_ findings: [(RuleRef, Finding)]) -> [(RuleRef, Finding)] {
        guard findings.contains(where: { !$0.0.description.yieldsTo.isEmpty }) else { return findings }
        return findings.filter { rule, finding in
            rule.description.yieldsTo.isEmpty || !findings.contains { other, found in
                rule.description.yieldsTo.contains(other.id) && found.range.lowerBound == finding.range.lowerBound
            }
        }
    }

    /// Documents from this size on have their rules spread over the cores (below, one thread
    /// runs them all in order).
    static let parallelRulesBytes = 256 << 10

    private func check(
        _ document: LintDocument, _ rules: [any Rule], cache: ContentFindingsCache? = nil,
        key precomputedKey: ContentFindingsCache.Key?? = .none, known lookedUp: ContentFindingsCache.Entry?? = .none
    ) -> [(RuleRef, Finding)] {
        func found(_ index: Int) -> [Finding] {
            // A flood is folded as it is reported, so no rule's full list of findings ever exists.
            var sink = FindingSink(policy: foldPolicy(of: rules[index].description, in: document))
            rules[index].check(document, into: &sink)
            return sink.finished()
        }
        /// A rule's findings, and whether what it read beyond the text was the repository and nothing else.
        func judged(_ index: Int) -> (findings: [Finding], readsRepositoryOnly: Bool) {
            let context = document.contextReadCount
            let repository = document.repositoryReadCount
            let findings = found(index)
            let contextReads = document.contextReadCount &- context
            return (findings, contextReads != 0 && contextReads == document.repositoryReadCount &- repository)
        }
        func run(_ index: Int) -> [(RuleRef, Finding)] {
            let rule = RuleRef(rules[index].description)
            return found(index).map { (rule, $0) }
        }
        guard document.source.bytes.count >= Self.parallelRulesBytes else {
            guard let cache else { return rules.indices.flatMap(run) }
            // The same text under the same kind and options: only the rules that read the
            // context run again; the others' findings are the text's.
            // The caller may have looked the text up already (and adopted its analyses).
            let key = precomputedKey ?? ContentFindingsCache.Key(document)
            let known: ContentFindingsCache.Entry?
            if case .some(let looked) = lookedUp {
                known = looked
            } else {
                known = key.flatMap { cache.entry(for: $0) }
                if let known { document.adopt(known.analyses) }
            }
            let repository = document.repositoryIdentity
            if let known, let cached = known.findings, cached.count == rules.count {
                let forRepository = known.repositoryFindings.flatMap { stored in
                    stored.repository === repository && stored.findings.count == rules.count ? stored.findings : nil
                }
                var againstRepository: [[Finding]?] = []
                let findings = rules.indices.flatMap { index in
                    let rule = RuleRef(rules[index].description)
                    if let text = cached[index] { return text.map { (rule, $0) } }
                    if let forRepository, let found = forRepository[index] { return found.map { (rule, $0) } }
                    let (findings, readsRepositoryOnly) = judged(index)
                    if forRepository == nil, repository != nil {
                        againstRepository += Array(repeating: nil, count: index - againstRepository.count)
                        againstRepository.append(readsRepositoryOnly ? findings : nil)
                    }
                    return findings.map { (rule, $0) }
                }
                // The first copy met under another repository keeps what its repository rules found.
                if forRepository == nil, let repository, let key {
                    againstRepository += Array(repeating: nil, count: rules.count - againstRepository.count)
                    var updated = known
                    updated.repositoryFindings = .init(repository: repository, findings: againstRepository)
                    cache.store(updated, for: key)
                }
                return findings
            }
            var textOnly: [[Finding]?] = []
            var againstRepository: [[Finding]?] = []
            textOnly.reserveCapacity(rules.count)
            againstRepository.reserveCapacity(rules.count)
            let findings = rules.indices.flatMap { index in
                let before = document.contextReadCount
                let (findings, readsRepositoryOnly) = judged(index)
                textOnly.append(document.contextReadCount == before ? findings : nil)
                againstRepository.append(readsRepositoryOnly ? findings : nil)
                let rule = RuleRef(rules[index].description)
                return findings.map { (rule, $0) }
            }
            if let key {
                cache.store(.init(
                    findings: textOnly, analyses: document.shareableAnalyses(),
                    repositoryFindings: repository.map { .init(repository: $0, findings: againstRepository) }), for: key)
            }
            return findings
        }
        // The security rules share one text scan and run in order as one work item; every other
        // rule is an item of its own, claimed in order by whichever core is free, the long-running
        // ones first. So the scan and the Markdown/llms.txt structure (built by the first rule
        // that asks) are computed side by side, a long rule does not run alone at the end, and
        // the many small rules are shared out. The findings keep the catalogue's order whatever
        // thread found them.
        let security = rules.indices.filter { rules[$0].description.traits.contains(.security) }
        let others = rules.indices.filter { !rules[$0].description.traits.contains(.security) }
        let isLong = { (index: Int) in rules[index].description.traits.contains(.longRunning) }
        let items = [security] + (others.filter(isLong) + others.filter { !isLong($0) }).map { [$0] }
        let found = WorkerPool.map(items.count) { item in items[item].map { ($0, run($0)) } }
        var byRule = [[(RuleRef, Finding)]](repeating: [], count: rules.count)
        for (index, findings) in found.joined() { byRule[index] = findings }
        return byRule.flatMap { $0 }
    }

    private func finalize(_ document: LintDocument, _ findings: [(RuleRef, Finding)]) -> [Diagnostic] {
        var directives = false
        return finalize(document, findings, hasDirectives: &directives)
    }

    /// The diagnostics; `hasDirectives` tells whether the document has suppression comments.
    private func finalize(_ document: LintDocument, _ findings: [(RuleRef, Finding)], hasDirectives: inout Bool) -> [Diagnostic] {
        // Directives shown inside code blocks are examples, not directives.
        let suppressions = SuppressionIndex(document.source, isCode: document.analysis(MarkdownDocument.self).isCodeLine)
        hasDirectives = !suppressions.directives.isEmpty
        if document.source.bytes.count >= Self.parallelRulesBytes { Self.releaseStructure(of: document) }
        let resolve: (String) -> String? = { catalogue.ruleID(for: $0) }
        var used = Set<String>()
        var silenced: [Int] = []
        for (index, (rule, finding)) in findings.enumerated() {
            let line = document.source.lineIndex(ofByte: finding.range.lowerBound)
            if rule.description.isSuppressibleInline,
               let (directive, name) = suppressions.suppressor(of: rule.id, line: line, resolve: resolve) {
                used.insert("\(directive):\(name ?? "*")")
                silenced.append(index)
            }
        }
        // The rules' list itself when nothing is silenced, yielded, added or folded: a flood's
        // 10,000 findings are not copied on their way to diagnostics.
        var kept = findings
        if !silenced.isEmpty {
            var next = 0
            kept = findings.enumerated().compactMap { index, item in
                guard next < silenced.count, silenced[next] == index else { return item }
                next += 1
                return nil
            }
        }
        kept = Self.droppingYielded(kept)
        let directives = suppressionFindings(document, suppressions, used: used)
        if !directives.isEmpty { kept.append(contentsOf: directives) }
        kept = capped(kept, in: document)
        // Ordered first (by the clamped start, as the diagnostics are ordered), so positions are
        // placed in one pass over each line; an order of indices, so the list is not copied.
        let count = document.source.bytes.count
        func key(_ index: Int) -> (Int, String) { (min(max(0, kept[index].1.range.lowerBound), count), kept[index].0.id) }
        let order = kept.indices.sorted { key($0) < key($1) }
        var cursor = PositionCursor(document.source)
        return order.map { index in
            place(kept[index].1, of: kept[index].0.description, in: document, cursor: &cursor)
        }
    }

    /// Frees what a large document's rules read before its findings are placed: a flood's
    /// per-line structure and its 10,000 diagnostics per rule were the peak of a run, held at
    /// once. Only the imports are kept (the `@imports` pass reads them after the lint); the
    /// freed pages go back to the system, not to a heap another thread allocates from.
    static func releaseStructure(of document: LintDocument) {
        document.releaseAnalyses(keeping: [ObjectIdentifier(DocumentImports.self)])
        #if canImport(Glibc)
        _ = mallocTrim?(0)
        #endif
    }

    #if canImport(Glibc)
    /// glibc's `malloc_trim`, which the Glibc module does not declare: it returns the free pages
    /// inside every arena's heap to the system (a plain `free` returns only a heap's top).
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()
    #endif

    private func suppressionFindings(
        _ document: LintDocument, _ suppressions: SuppressionIndex, used: Set<String>
    ) -> [(RuleRef, Finding)] {
        let options = document.options
        var output: [(RuleRef, Finding)] = []
        let unused = catalogue.description(for: SuppressionRules.unusedID).map(RuleRef.init)
        let unknown = catalogue.description(for: SuppressionRules.unknownID).map(RuleRef.init)
        let security = catalogue.description(for: SuppressionRules.securityInlineID).map(RuleRef.init)
        let securityTags = catalogue.securityTags
        for (index, directive) in suppressions.directives.enumerated() where directive.scope != .enable {
            if directive.rules.isEmpty {
                if let unused, options.isEnabled(unused.description), !used.contains("\(index):*") {
                    output.append((unused, Finding(range: directive.range, message: "'\(directive.scope.rawValue)' suppresses no finding")))
                }
                continue
            }
            for name in directive.rules {
                let target = catalogue.description(for: name)
                if target.map({ !$0.isSuppressibleInline }) ?? securityTags.contains(name.lowercased()) {
                    if let security, options.isEnabled(security.description) {
                        output.append((security, Finding(
                            range: directive.range,
                            message: "'\(directive.scope.rawValue) \(name)' cannot silence a security rule: the file a rule judges "
                                + "cannot switch it off; turn it off in .rulesmith.yml (lint.rules, lint.tags or lint.per-path) instead")))
                    }
                    continue
                }
                guard let target else {
                    if let unknown, options.isEnabled(unknown.description) {
                        output.append((unknown, Finding(
                            range: directive.range,
                            message: "'\(name)' is not a rulesmith rule; `rulesmith rules` lists the IDs")))
                    }
                    continue
                }
                guard let unused, options.isEnabled(unused.description), options.isEnabled(target),
                      target.kinds.contains(document.kind), !used.contains("\(index):\(name)") else { continue }
                output.append((unused, Finding(
                    range: directive.range,
                    message: "'\(directive.scope.rawValue) \(name)' suppresses no \(target.id) finding")))
            }
        }
        return output
    }

    private func place(
        _ finding: Finding, of description: RuleDescription, in document: LintDocument, cursor: inout PositionCursor
    ) -> Diagnostic {
        let source = document.source
        let lower = min(max(0, finding.range.lowerBound), source.bytes.count)
        let upper = min(max(lower, finding.range.upperBound), source.bytes.count)
        let start = cursor.position(ofByte: lower)
        return Diagnostic(
            path: document.displayPath,
            start: start,
            end: cursor.position(ofByte: upper, after: lower, at: start),
            ruleID: description.id,
            ruleName: description.name,
            severity: document.options.severity(of: description, finding: finding),
            message: PrintableMessage.make(finding.message),
            fix: finding.fix,
            byteRange: lower..<upper,
            collapsed: finding.collapsed
        )
    }

    /// How `FindingSink` folds one rule's flood: by `FindingCap`, leaving out (and not counting)
    /// what the file's suppression comments silence. The comments are read only once a rule
    /// passes the limit.
    private func foldPolicy(of description: RuleDescription, in document: LintDocument) -> FindingSink.Policy {
        let resolve: (String) -> String? = { catalogue.ruleID(for: $0) }
        let suppressions = LazySuppressions(document)
        // Looked up once per rule, not once per finding of a flood: the configured level wins,
        // else the finding's own severity, else the rule's default under the profile.
        let options = document.options
        let configured: Severity? = if case .on(let level) = options.configuredLevel(of: description) { level } else { nil }
        let standard = description.defaultSeverity(for: options.profile) ?? description.defaultSeverity
        return FindingSink.Policy(
            limit: FindingCap.perRule,
            severity: { configured ?? $0.severity ?? standard },
            suppressor: { finding in
                let index = suppressions.index
                guard !index.directives.isEmpty else { return nil }
                let line = document.source.lineIndex(ofByte: finding.range.lowerBound)
                return index.suppressor(of: description.id, line: line, resolve: resolve).map { "\($0.0):\($0.1 ?? "*")" }
            })
    }

    /// `findings` with every rule that still has more than `FindingCap.perRule` (the ones found by
    /// comparing documents, and suppression hygiene) folded the same way.
    private func capped(_ findings: [(RuleRef, Finding)], in document: LintDocument) -> [(RuleRef, Finding)] {
        var counts: [String: Int] = [:]
        for (rule, finding) in findings where finding.collapsed == 0 { counts[rule.id, default: 0] += 1 }
        let flooding = Set(counts.filter { $0.value > FindingCap.perRule }.keys)
        guard !flooding.isEmpty else { return findings }
        var output = findings.filter { !flooding.contains($0.0.id) }
        for id in flooding.sorted() {
            let own = findings.filter { $0.0.id == id }
            let rule = own[0].0
            let folded = FindingCap.collapse(own.map(\.1), severity: { document.options.severity(of: rule.description, finding: $0) })
            output.append(contentsOf: folded.map { (rule, $0) })
        }
        return output
    }

    /// Applies fixes of the allowed applicabilities until none applies (at most 10 passes),
    /// returning the final bytes, the remaining diagnostics and the number of fixes applied.
    public func fix(
        _ document: LintDocument, allowing applicabilities: Set<FixApplicability> = [.safe]
    ) -> (bytes: [UInt8], diagnostics: [Diagnostic], applied: Int) {
        var current = document
        var diagnostics = lint(current)
        var total = 0
        for _ in 0..<10 {
            let fixes = diagnostics.compactMap(\.fix).filter { applicabilities.contains($0.applicability) }
            guard !fixes.isEmpty else { break }
            let (bytes, applied) = Fixer.apply(fixes, to: current.source.bytes)
            guard applied > 0, bytes != current.source.bytes else { break }
            total += applied
            current = LintDocument(
                path: document.path, kind: document.kind, source: SourceText(bytes: bytes),
                options: document.options, workspace: document.workspace, displayPath: document.displayPath,
                repository: document.repository)
            diagnostics = lint(current)
        }
        return (current.source.bytes, diagnostics, total)
    }
}

/// A document's suppression comments, read on first use (most rules never pass the fold limit).
private final class LazySuppressions {
    private let document: LintDocument
    private var made: SuppressionIndex?

    init(_ document: LintDocument) {
        self.document = document
    }

    var index: SuppressionIndex {
        if let made { return made }
        let markdown = document.analysis(MarkdownDocument.self)
        let index = SuppressionIndex(document.source, isCode: markdown.isCodeLine)
        made = index
        return index
    }
}

/// A rule's description shared by reference: the engine pairs one with every finding it holds,
/// and a copy of the description per finding cost about 250 bytes (tens of megabytes for the
/// 10,000 findings each flooding rule keeps).
private final class RuleRef: Sendable {
    let description: RuleDescription
    let id: String

    init(_ description: RuleDescription) {
        self.description = description
        id = description.id
    }
}
