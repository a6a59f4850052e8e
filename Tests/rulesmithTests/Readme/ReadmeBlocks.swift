import Foundation

/// One fenced code block of the README, with the `<!-- readme-test: … -->` directives written on
/// the lines right before it.
struct ReadmeBlock: Sendable {
    /// 1-based line of the opening fence.
    var line: Int
    /// The info string's first word, lowercased ("" for a bare fence).
    var language: String
    /// The block's lines, the fence's indentation removed.
    var body: [String]
    var directives: ReadmeDirectives

    /// A block whose lines are commands: `console`, or a shell language.
    var isCommands: Bool { ["console", "sh", "shell", "bash", "shell-session"].contains(language) }

    /// A block written as a terminal session: `$ ` lines are commands, the lines under one are its output.
    var isSession: Bool { language == "console" || body.contains { $0.hasPrefix("$ ") } }

    /// The commands the block shows, in order.
    var commands: [ReadmeCommand] {
        isSession ? sessionCommands : scriptCommands
    }

    private var sessionCommands: [ReadmeCommand] {
        var commands: [ReadmeCommand] = []
        var index = 0
        while index < body.count {
            let text = body[index]
            guard text.hasPrefix("$ ") else {
                if !commands.isEmpty { commands[commands.count - 1].shownOutput.append(text) }
                index += 1
                continue
            }
            let start = index
            var command = String(text.dropFirst(2))
            while command.hasSuffix("\\"), index + 1 < body.count {
                index += 1
                command = String(command.dropLast()) + " " + body[index].trimmingCharacters(in: .whitespaces)
            }
            commands.append(ReadmeCommand(line: line + 1 + start, text: command, shownOutput: [], expectedStatus: 0))
            index += 1
        }
        for position in commands.indices {
            // `(exit N)` as a shown output line says the command exits N; otherwise it must exit 0.
            if let last = commands[position].shownOutput.last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
                let status = Self.exitLine(last)
            {
                commands[position].expectedStatus = status
            }
        }
        return commands
    }

    /// In a script block each line (with its `\` continuations) is an example of its own; it
    /// must run, so it exits 0 or 1 (1 means findings or drift), never 2 (usage or configuration).
    private var scriptCommands: [ReadmeCommand] {
        var commands: [ReadmeCommand] = []
        var index = 0
        while index < body.count {
            let start = index
            var command = body[index]
            while command.hasSuffix("\\"), index + 1 < body.count {
                index += 1
                command = String(command.dropLast()) + " " + body[index].trimmingCharacters(in: .whitespaces)
            }
            index += 1
            let trimmed = command.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            commands.append(ReadmeCommand(line: line + 1 + start, text: command, shownOutput: [], expectedStatus: nil))
        }
        return commands
    }

    static func exitLine(_ text: String) -> Int32? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("(exit "), trimmed.hasSuffix(")") else { return nil }
        return Int32(trimmed.dropFirst("(exit ".count).dropLast())
    }
}

/// A command the README shows, where, and what it is expected to do.
struct ReadmeCommand: Sendable {
    var line: Int
    var text: String
    var shownOutput: [String]
    /// nil: an example in a script block, which must exit 0 or 1.
    var expectedStatus: Int32?
}

/// What the comments before a block tell the test.
struct ReadmeDirectives: Sendable {
    /// `skip — reason`: the block cannot run in a sandbox, and says why.
    var skipReason: String?
    /// `file PATH`: the block is the content of this file, written into the sandbox before the
    /// next block that continues it; `file PATH in FIXTURE`: into every sandbox of that fixture.
    var file: String?
    var fileFixture: String?
    /// `in FIXTURE`: the sandbox the block's commands run in (default `repository`).
    var fixture: String?
    /// `continue`: run in the sandbox, folder and exported variables the previous run block left.
    var continues = false
    /// Directives the test does not know: a failure, so a typo never silently skips a block.
    var unknown: [String] = []
}

/// Reads the README's fenced blocks and their directives.
enum ReadmeParser {
    static let directivePrefix = "<!-- readme-test:"

    static func blocks(in text: String) -> [ReadmeBlock] {
        let lines = text.components(separatedBy: "\n")
        var blocks: [ReadmeBlock] = []
        var index = 0
        while index < lines.count {
            let raw = lines[index]
            let indentation = raw.prefix { $0 == " " }.count
            let trimmed = raw.dropFirst(indentation)
            guard indentation < 4, let fenceCharacter = trimmed.first, fenceCharacter == "`" || fenceCharacter == "~" else {
                index += 1
                continue
            }
            let fence = trimmed.prefix { $0 == fenceCharacter }
            guard fence.count >= 3 else {
                index += 1
                continue
            }
            let info = trimmed.dropFirst(fence.count).trimmingCharacters(in: .whitespaces)
            let language = info.split(separator: " ").first.map { String($0).lowercased() } ?? ""
            var body: [String] = []
            var end = index + 1
            while end < lines.count {
                let candidate = lines[end].trimmingCharacters(in: .whitespaces)
                if candidate.hasPrefix(String(fence)), candidate.allSatisfy({ $0 == fenceCharacter }) { break }
                let line = lines[end]
                let strip = min(indentation, line.prefix { $0 == " " }.count)
                body.append(String(line.dropFirst(strip)))
                end += 1
            }
            blocks.append(
                ReadmeBlock(line: index + 1, language: language, body: body, directives: directives(before: index, in: lines)))
            index = end + 1
        }
        return blocks
    }

    /// The directive comments on the lines right before the fence (blank lines between are allowed).
    static func directives(before fence: Int, in lines: [String]) -> ReadmeDirectives {
        var result = ReadmeDirectives()
        var index = fence - 1
        while index >= 0 {
            let text = lines[index].trimmingCharacters(in: .whitespaces)
            if text.isEmpty {
                index -= 1
                continue
            }
            guard text.hasPrefix(directivePrefix), text.hasSuffix("-->") else { break }
            let content = text.dropFirst(directivePrefix.count).dropLast(3).trimmingCharacters(in: .whitespaces)
            // A skip's reason is free text, `;` included; other directives combine with `;`.
            let parts = content.hasPrefix("skip") ? [content] : content.components(separatedBy: ";")
            for directive in parts {
                apply(directive.trimmingCharacters(in: .whitespaces), to: &result)
            }
            index -= 1
        }
        return result
    }

    private static func apply(_ directive: String, to result: inout ReadmeDirectives) {
        let words = directive.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        switch words.first {
        case "skip":
            let reason = words.dropFirst().drop { ["—", "-", "–", ":"].contains($0) }.joined(separator: " ")
            if reason.isEmpty { result.unknown.append(directive + " (a skip needs a reason)") } else { result.skipReason = reason }
        case "file" where words.count == 2:
            result.file = words[1]
        case "file" where words.count == 4 && words[2] == "in":
            result.file = words[1]
            result.fileFixture = words[3]
        case "in" where words.count == 2:
            result.fixture = words[1]
        case "continue" where words.count == 1:
            result.continues = true
        default:
            result.unknown.append(directive)
        }
    }
}
