import RulesmithLint
import RulesmithText

/// Expands an llms.txt into the context document (`llms-ctx.txt`): the project's title and
/// summary as attributes, the details, then one `<section name="…">` per H2 holding one
/// `<doc title="…" url="…" desc="…">` per linked document, or the same element with an
/// `error` attribute and a one-line message when the document could not be read.
/// The output is well-formed XML for any input. Reading is the caller's: a closure.
public struct ContextExpander: Sendable {
    public var resolver: LinkResolver
    /// Keep the section named exactly `Optional` (v1: consumers may skip it).
    public var includeOptional: Bool

    public init(resolver: LinkResolver, includeOptional: Bool = false) {
        self.resolver = resolver
        self.includeOptional = includeOptional
    }

    /// The plan for `source`: what would be fetched and where it goes.
    public func plan(_ source: SourceText) -> ContextPlan {
        let markdown = MarkdownDocument(source)
        return ContextPlan(
            source: source, structure: LLMSTxtStructure(source, markdown: markdown), resolver: resolver,
            includeOptional: includeOptional)
    }

    /// Expands `source`, calling `fetch` once per distinct readable target, in document order.
    public func expand(_ source: SourceText, fetch: (ResolvedLink) -> DocumentResult) -> ContextOutput {
        let plan = plan(source)
        var cache: [ResolvedLink.Target: DocumentResult] = [:]
        return Self.render(plan) { link in
            if let cached = cache[link.target] { return cached }
            let result = fetch(link)
            cache[link.target] = result
            return result
        }
    }

    /// Writes the context document of `plan`, asking `result` for each entry's document
    /// (targets that are `.unusable` are not asked for).
    public static func render(_ plan: ContextPlan, result: (ResolvedLink) -> DocumentResult) -> ContextOutput {
        var writer = XMLWriter(capacity: 1 << 16)
        var output = ContextOutput()
        writer.raw("<project")
        if let title = plan.title { writer.attribute("title", title) }
        if let summary = plan.summary { writer.attribute("summary", summary) }
        writer.raw(">\n")
        if !plan.details.isEmpty {
            writer.content(plan.details)
            writer.raw("\n")
        }
        for section in plan.sections {
            writer.raw("<section")
            writer.attribute("name", section.name)
            writer.raw(">\n")
            for entry in section.entries {
                let outcome: DocumentResult
                if case .unusable(let failure) = entry.link.target {
                    outcome = .failure(failure)
                } else {
                    outcome = result(entry.link)
                }
                output.documents += 1
                write(entry, outcome, &writer, &output)
            }
            writer.raw("</section>\n")
        }
        writer.raw("</project>\n")
        output.bytes = writer.bytes
        return output
    }

    private static func write(_ entry: ContextPlan.Entry, _ outcome: DocumentResult, _ writer: inout XMLWriter, _ output: inout ContextOutput) {
        writer.raw("<doc")
        writer.attribute("title", entry.title)
        writer.attribute("url", entry.url)
        if let notes = entry.notes { writer.attribute("desc", notes) }
        var failure: DocumentFailure?
        var body: [UInt8] = []
        switch outcome {
        case .failure(let reason):
            failure = reason
        case .document(let bytes, let fetchedFrom):
            if let offset = UTF8Validation.firstInvalidOffset(bytes) {
                failure = DocumentFailure(.notUTF8, "\(fetchedFrom ?? entry.url) is not UTF-8 text (bad byte at offset \(offset))")
            } else {
                let fetched = fetchedFrom ?? entry.link.webLocation
                if let fetched, fetched != entry.url { writer.attribute("fetched", fetched) }
                body = ContextBodyFilter.filtered(bytes) ?? bytes
            }
        }
        if let failure {
            output.failures.append(failure)
            writer.attribute("error", failure.kind.rawValue)
            if let status = failure.status { writer.attribute("status", String(status)) }
            writer.raw(">")
            writer.content(failure.message)
            writer.raw("</doc>\n")
            return
        }
        writer.raw(">\n")
        body.withUnsafeBufferPointer { buffer in
            var start = 0
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
            var end = buffer.count
            while end > start, buffer[end - 1] == 0x0A || buffer[end - 1] == 0x0D { end -= 1 }
            writer.content(UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }
        writer.raw("\n</doc>\n")
    }
}

/// A rendered context document and what went into it.
public struct ContextOutput: Sendable {
    /// The XML, UTF-8.
    public var bytes: [UInt8] = []
    /// Number of `<doc>` elements written.
    public var documents = 0
    /// One entry per `<doc>` written as an error, in document order.
    public var failures: [DocumentFailure] = []

    public init() {}

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension ResolvedLink {
    /// The absolute URL for a web target.
    var webLocation: String? {
        if case .web(let url) = target { return url }
        return nil
    }
}
