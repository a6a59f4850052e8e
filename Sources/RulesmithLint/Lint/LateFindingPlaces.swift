import RulesmithText

/// What a document's finished diagnostics need to take in the findings of the rules that compare
/// documents, which are known only after every document was read: the places (line and column)
/// of every range those rules can report, worked out while the document was in memory. So a run
/// reads each file once, and the document is dropped before the comparison. Made only for a
/// document whose diagnostics a late finding cannot change otherwise (no suppression comments,
/// no rule yielding to a comparing rule); the engine reads any other document again.
struct LateFindingPlaces: Sendable {
    /// A reportable range as the diagnostic shows it: clamped to the text, with its positions.
    struct Place: Sendable {
        let byteRange: Range<Int>
        let start: SourcePosition
        let end: SourcePosition
    }

    let displayPath: String
    let options: LintOptions
    private let places: [Range<Int>: Place]

    init(_ document: LintDocument, ranges: [Range<Int>]) {
        displayPath = document.displayPath
        options = document.options
        let source = document.source
        var places: [Range<Int>: Place] = [:]
        for range in ranges where places[range] == nil {
            // The same reckoning as the engine's own placing (`Linter.place`).
            let lower = min(max(0, range.lowerBound), source.bytes.count)
            let upper = min(max(lower, range.upperBound), source.bytes.count)
            var cursor = PositionCursor(source)
            let start = cursor.position(ofByte: lower)
            places[range] = Place(byteRange: lower..<upper, start: start, end: cursor.position(ofByte: upper, after: lower, at: start))
        }
        self.places = places
    }

    /// The diagnostic of a late finding, or nil when its range was not foreseen.
    func diagnostic(_ finding: Finding, of description: RuleDescription) -> Diagnostic? {
        guard let place = places[finding.range] else { return nil }
        return Diagnostic(
            path: displayPath, start: place.start, end: place.end, ruleID: description.id, ruleName: description.name,
            severity: options.severity(of: description, finding: finding), message: PrintableMessage.make(finding.message),
            fix: finding.fix, byteRange: place.byteRange, collapsed: finding.collapsed)
    }

    /// `diagnostics` (ordered by start, then rule) with the late findings' diagnostics in the
    /// places a sort of them all would give them, or nil when one of them cannot be placed.
    func merging(_ late: [(RuleDescription, Finding)], into diagnostics: [Diagnostic]) -> [Diagnostic]? {
        var added: [Diagnostic] = []
        added.reserveCapacity(late.count)
        for (description, finding) in late {
            guard let diagnostic = diagnostic(finding, of: description) else { return nil }
            added.append(diagnostic)
        }
        // The engine sorts its findings with the comparing rules' after the document's own, and
        // the sort keeps equal keys in that order: so a late one goes after every equal key.
        func key(_ diagnostic: Diagnostic) -> (Int, String) { (diagnostic.byteRange.lowerBound, diagnostic.ruleID) }
        let order = added.indices.sorted { key(added[$0]) < key(added[$1]) }
        var merged: [Diagnostic] = []
        merged.reserveCapacity(diagnostics.count + added.count)
        var next = 0
        for index in order {
            let late = added[index]
            while next < diagnostics.count, !(key(late) < key(diagnostics[next])) {
                merged.append(diagnostics[next])
                next += 1
            }
            merged.append(late)
        }
        merged.append(contentsOf: diagnostics[next...])
        return merged
    }
}
