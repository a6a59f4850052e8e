import RulesmithText

/// Turns a hand edit of a generated file into overlay rules (pure), so the next render
/// reproduces it. What it supports:
/// - lines added outside any rule's text become one new overlay rule (`adopted-<file>`), rendered
///   after the stacks' rules in every target;
/// - changes inside one rule's text (known from `RenderedFile.sections`) become an overlay named
///   after that rule that replaces its body everywhere.
/// A change that deletes text spanning several rules, or text outside every rule (headings the
/// renderer adds), cannot be expressed as an overlay and is refused.
public enum AdoptionPlan {
    /// One overlay file to write.
    public struct Overlay: Sendable, Equatable {
        public var id: String
        /// Repository-relative path (`.rulesmith/overlays/<id>.md`).
        public var path: String
        public var contents: [UInt8]
        /// The `stack/rule` it replaces, or nil for an added rule.
        public var replaces: String?
    }

    /// Why an edit cannot be adopted.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static let overlayFolder = ".rulesmith/overlays"

    /// The overlays that carry the difference between `generated` and `edited`.
    /// - Parameters:
    ///   - sections: where each rule's text lies in `generated`.
    ///   - rules: the chain's rules by ID (their frontmatter is kept for replacing overlays).
    ///   - takenIDs: overlay IDs already in use (a new one gets a numeric suffix).
    public static func overlays(
        file: String, generated: [UInt8], edited: [UInt8], sections: [RenderedSection], rules: [String: RuleTemplate],
        takenIDs: Set<String>
    ) throws(Refusal) -> [Overlay] {
        let hunks = self.hunks(generated, edited)
        var additions: [UInt8] = []
        var changed: [String: (section: RenderedSection, hunks: [Hunk])] = [:]
        var order: [String] = []
        for hunk in hunks {
            let inside = sections.first { section in
                hunk.deleted.isEmpty
                    ? section.range.lowerBound < hunk.deleted.lowerBound && hunk.deleted.lowerBound < section.range.upperBound
                    : section.range.lowerBound <= hunk.deleted.lowerBound && hunk.deleted.upperBound <= section.range.upperBound
            }
            if let inside {
                if changed[inside.rule] == nil {
                    changed[inside.rule] = (inside, [])
                    order.append(inside.rule)
                }
                changed[inside.rule]!.hunks.append(hunk)
            } else if hunk.deleted.isEmpty {
                additions += hunk.inserted
            } else {
                throw Refusal(message: "\(file): the change at line \(hunk.line) alters text that belongs to no single rule; "
                    + "edit the template instead, or discard the edit with rulesmith apply \(option: .force)")
            }
        }
        var taken = takenIDs
        var output: [Overlay] = []
        for rule in order {
            let (section, sectionHunks) = changed[rule]!
            let ruleID = String(rule.split(separator: "/").last ?? Substring(rule))
            guard let template = rules[ruleID] else {
                throw Refusal(message: "\(file): the edited rule '\(rule)' is not in the stacks; it cannot be replaced")
            }
            var body = Array(generated[section.range])
            // The "Applies to …" line under the heading is rulesmith's, not the rule's: an edit
            // of it belongs to no rule, and it is taken out of the body once the edits are in.
            var introduction = section.introduction.map { ($0.lowerBound - section.range.lowerBound)..<($0.upperBound - section.range.lowerBound) }
            for hunk in sectionHunks.reversed() {
                var start = hunk.deleted.lowerBound - section.range.lowerBound
                let count = hunk.deleted.count
                if let line = introduction {
                    if count > 0, start < line.upperBound, start + count > line.lowerBound {
                        throw Refusal(message: "\(file): the change at line \(hunk.line) alters the line rulesmith writes under a rule's heading; "
                            + "edit the rule's text instead, or discard the edit with rulesmith apply \(option: .force)")
                    }
                    if count == 0, start > line.lowerBound, start < line.upperBound { start = line.lowerBound }
                    if start + count <= line.lowerBound {
                        introduction = (line.lowerBound + hunk.inserted.count - count)..<(line.upperBound + hunk.inserted.count - count)
                    }
                }
                body.replaceSubrange(start..<(start + count), with: hunk.inserted)
            }
            if let introduction { body.removeSubrange(introduction) }
            // The rule file is its frontmatter followed by its body: keep the frontmatter as written.
            let header = template.file.count >= template.body.count && template.file.suffix(template.body.count).elementsEqual(template.body)
                ? Array(template.file.dropLast(template.body.count)) : []
            let contents = header + body
            taken.insert(ruleID)
            output.append(Overlay(id: ruleID, path: "\(overlayFolder)/\(ruleID).md", contents: contents, replaces: rule))
        }
        let trimmed = trimBlankLines(additions)
        if !trimmed.isEmpty {
            let stem = TemplateIdentifier.slug(file) ?? "file"
            var id = "adopted-\(stem)"
            var number = 2
            while taken.contains(id) || rules[id] != nil {
                id = "adopted-\(stem)-\(number)"
                number += 1
            }
            let header = "---\ndescription: \(YAMLScalar.quoted("Local additions adopted from \(file)"))\nalwaysApply: true\n---\n"
            output.append(Overlay(id: id, path: "\(overlayFolder)/\(id).md", contents: Array(header.utf8) + trimmed, replaces: nil))
        }
        return output
    }

    /// Whether a render reproduces the edit: every non-blank line of `edited` is in `rendered`
    /// (as many times), so nothing the user wrote is lost when `rendered` replaces it. Lines the
    /// renderer adds around an overlay are allowed; they are reported as `extra`.
    public static func reproduces(_ edited: [UInt8], in rendered: [UInt8]) -> (reproduced: Bool, extra: Int) {
        var counts: [Substring: Int] = [:]
        let renderedText = String(decoding: rendered, as: UTF8.self)
        for line in renderedText.split(separator: "\n") where !line.trimmingWhitespace.isEmpty {
            counts[line.trimmingWhitespace, default: 0] += 1
        }
        let editedText = String(decoding: edited, as: UTF8.self)
        for line in editedText.split(separator: "\n") where !line.trimmingWhitespace.isEmpty {
            let key = line.trimmingWhitespace
            guard let count = counts[key], count > 0 else { return (false, 0) }
            counts[key] = count - 1
        }
        return (true, counts.values.reduce(0, +))
    }

    /// A run of changed lines: the generated bytes it deletes and the bytes it inserts there.
    struct Hunk {
        var deleted: Range<Int>
        var inserted: [UInt8]
        /// 1-based line in the edited file where it starts.
        var line: Int
    }

    static func hunks(_ old: [UInt8], _ new: [UInt8]) -> [Hunk] {
        let operations = UnifiedDiff.operations(String(decoding: old, as: UTF8.self), String(decoding: new, as: UTF8.self))
        var hunks: [Hunk] = []
        var offset = 0
        var newLine = 1
        var current: Hunk?
        for operation in operations {
            switch operation {
            case .keep(let line):
                if let hunk = current { hunks.append(hunk) }
                current = nil
                offset += line.utf8.count
                newLine += 1
            case .delete(let line):
                if current == nil { current = Hunk(deleted: offset..<offset, inserted: [], line: newLine) }
                offset += line.utf8.count
                current!.deleted = current!.deleted.lowerBound..<offset
            case .insert(let line):
                if current == nil { current = Hunk(deleted: offset..<offset, inserted: [], line: newLine) }
                current!.inserted += Array(line.utf8)
                newLine += 1
            }
        }
        if let hunk = current { hunks.append(hunk) }
        return hunks
    }

    /// Without blank lines at the start and end, ending with one newline.
    static func trimBlankLines(_ bytes: [UInt8]) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let first = lines.first, first.trimmingWhitespace.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.trimmingWhitespace.isEmpty { lines.removeLast() }
        return lines.isEmpty ? [] : Array((lines.joined(separator: "\n") + "\n").utf8)
    }
}
