import Foundation
import RulesmithTestSupport

/// Runs the README's command blocks in sandboxes and collects every difference from what the
/// README shows, each naming the README line and the command.
final class ReadmeRunner {
    /// What a run of the README found.
    struct Report {
        var blocksRun = 0
        var blocksSkipped: [(line: Int, reason: String)] = []
        var filesWritten = 0
        var otherBlocks = 0
        var commandsRun = 0
        var failures: [String] = []

        var summary: String {
            "README: \(blocksRun) command blocks run (\(commandsRun) commands), \(blocksSkipped.count) marked skip, "
                + "\(filesWritten) file blocks written, \(otherBlocks) other blocks (files and output shown as examples)"
        }
    }

    private var report = Report()
    /// The sandbox the last run block used, for a block that continues it.
    private var current: ReadmeSandbox?
    private var fixtureFiles: [String: [(path: String, text: String)]] = [:]
    private let lines: ClosedRange<Int>?

    /// `lines` limits the run to blocks that start in that range (`README_TEST_LINES=100-300`).
    init(lines: ClosedRange<Int>? = nil) { self.lines = lines }

    func run(_ blocks: [ReadmeBlock]) -> Report {
        for block in blocks {
            if let fixture = block.directives.fileFixture, let path = block.directives.file {
                fixtureFiles[fixture, default: []].append((path, block.body.joined(separator: "\n") + "\n"))
            }
        }
        for block in blocks {
            if let lines, !lines.contains(block.line) { continue }
            do {
                try run(block)
            } catch {
                report.failures.append("README.md:\(block.line): \(error)")
            }
        }
        return report
    }

    private func run(_ block: ReadmeBlock) throws {
        let directives = block.directives
        if !directives.unknown.isEmpty {
            report.failures.append(
                "README.md:\(block.line): unknown readme-test directive: \(directives.unknown.joined(separator: "; ")) "
                    + "(known: skip — REASON, file PATH [in FIXTURE], in FIXTURE, continue)")
        }
        if let reason = directives.skipReason {
            report.blocksSkipped.append((block.line, reason))
            return
        }
        if let path = directives.file {
            report.filesWritten += 1
            guard directives.fileFixture == nil else { return }
            guard let sandbox = current else {
                throw ReadmeFailure("file \(path): no sandbox to write it into (a file block without 'in FIXTURE' follows a run block)")
            }
            try sandbox.write(path, sandbox.substitute(block.body.joined(separator: "\n") + "\n"))
            return
        }
        guard block.isCommands else {
            report.otherBlocks += 1
            return
        }
        report.blocksRun += 1
        let commands = block.commands
        if block.isSession {
            let sandbox = try sandbox(for: block)
            try runSession(commands, in: sandbox, continuing: directives.continues)
        } else {
            for (position, command) in commands.enumerated() {
                // Each line of a script block is an example on its own, in a fresh sandbox,
                // unless the block continues the previous one.
                let sandbox = try (position == 0 || directives.continues) ? sandbox(for: block) : freshSandbox(for: block)
                try runLine(command, in: sandbox, continuing: directives.continues)
            }
        }
    }

    private func sandbox(for block: ReadmeBlock) throws -> ReadmeSandbox {
        if block.directives.continues {
            guard let current else { throw ReadmeFailure("'continue' with no block before it to continue") }
            return current
        }
        return try freshSandbox(for: block)
    }

    private func freshSandbox(for block: ReadmeBlock) throws -> ReadmeSandbox {
        let fixture = block.directives.fixture ?? "repository"
        let sandbox = try ReadmeSandbox(fixture: fixture)
        for file in fixtureFiles[fixture] ?? [] {
            try sandbox.write(file.path, sandbox.substitute(file.text))
        }
        current = sandbox
        return sandbox
    }

    /// A `$ ` session: the commands run one after another in one shell, so `cd` and `export` carry
    /// over; each must exit as shown (`(exit N)`, else 0) and print every line shown under it.
    private func runSession(_ commands: [ReadmeCommand], in sandbox: ReadmeSandbox, continuing: Bool) throws {
        let state = sandbox.root + "/.readme-state"
        var script = "set +e\ncd \(quote(sandbox.directory))\n"
        if continuing { script += "[ -f \(quote(state)) ] && . \(quote(state))\n" }
        for (index, command) in commands.enumerated() {
            script += "printf '\\036readme-begin \(index)\\n'\n{ \(sandbox.substitute(command.text))\n} 2>&1\n"
            script += "printf '\\036readme-status \(index) %d\\n' $?\n"
        }
        script += "{ export -p; printf 'cd %q\\n' \"$PWD\"; } > \(quote(state)) 2>/dev/null\n"
        script += "printf '%s\\n' \"$PWD\" > \(quote(sandbox.root + "/.readme-cwd"))\n"
        try sandbox.write(sandbox.root + "/.readme-session.sh", script)
        let result = try sandbox.shell("timeout 600 bash \(quote(sandbox.root + "/.readme-session.sh"))", in: sandbox.directory)
        let output = sandbox.unsubstitute(result.stdout + result.stderr)
        if let folder = try? String(contentsOfFile: sandbox.root + "/.readme-cwd", encoding: .utf8) {
            // The next block that continues this one (and a file block after it) starts where this one ended.
            sandbox.directory = folder.trimmingCharacters(in: .newlines)
        }
        for (index, command) in commands.enumerated() {
            report.commandsRun += 1
            guard let begin = output.range(of: "\u{1E}readme-begin \(index)\n"),
                let end = output.range(of: "\u{1E}readme-status \(index) ", range: begin.upperBound..<output.endIndex)
            else {
                report.failures.append("README.md:\(command.line): `\(command.text)` did not finish (the shell stopped before it)\n\(clip(output))")
                return
            }
            let printed = String(output[begin.upperBound..<end.lowerBound])
            if ProcessInfo.processInfo.environment["README_TEST_SHOW"] != nil {
                print("README.md:\(command.line): $ \(command.text)\n\(printed)", terminator: "")
            }
            let status = Int32(output[end.upperBound...].prefix { $0.isNumber }) ?? -1
            let expected = command.expectedStatus ?? 0
            if status != expected {
                report.failures.append(
                    "README.md:\(command.line): `\(command.text)` exited \(status), the README implies \(expected)\n\(clip(printed))")
            }
            if let missing = ReadmeOutputMatch.firstMissing(shown: command.shownOutput, in: printed) {
                report.failures.append(
                    "README.md:\(command.line): `\(command.text)`: the README shows «\(missing)», which it did not print:\n\(clip(printed))")
            }
        }
    }

    /// One line of a script block: run under a terminal (`script`) so a command that asks gets
    /// its question (answered "n"); it must exit 0 or 1.
    private func runLine(_ command: ReadmeCommand, in sandbox: ReadmeSandbox, continuing: Bool) throws {
        report.commandsRun += 1
        let file = sandbox.root + "/.readme-line.sh"
        let state = sandbox.root + "/.readme-state"
        let restore = continuing ? "[ -f \(quote(state)) ] && . \(quote(state))\n" : ""
        try sandbox.write(file, "set +e\n\(restore)\(sandbox.substitute(command.text))\n")
        let result = try sandbox.shell(
            "timeout 600 script -qefc \(quote("bash " + file)) /dev/null", in: sandbox.directory, stdin: "n\n")
        let allowed: Set<Int32> = command.expectedStatus.map { [$0] } ?? [0, 1]
        if !allowed.contains(result.status) {
            let printed = sandbox.unsubstitute(result.output).replacingOccurrences(of: "\r", with: "")
            report.failures.append(
                "README.md:\(command.line): `\(command.text)` exited \(result.status) (an example must run: exit 0 or 1)\n\(clip(printed))")
        }
    }

    private func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private func clip(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let kept = lines.prefix(40).joined(separator: "\n")
        return "    | " + kept.replacingOccurrences(of: "\n", with: "\n    | ") + (lines.count > 40 ? "\n    | … (\(lines.count - 40) more lines)" : "")
    }
}

/// Whether what a command printed contains the lines the README shows under it.
enum ReadmeOutputMatch {
    /// The first shown line whose text is not in the output, in order; nil when all are.
    /// Lines of `…` are left out, `…` inside a line stands for any text, and both sides are
    /// compared with whitespace runs (line breaks included) as one space and hexadecimal ids (7 to
    /// 64 digits, one of them a decimal digit: commits, blobs) as `#`.
    static func firstMissing(shown: [String], in printed: String) -> String? {
        let haystack = normalise(printed)
        var position = haystack.startIndex
        for line in shown {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed == "…" || trimmed == "..." || ReadmeBlock.exitLine(trimmed) != nil { continue }
            for fragment in trimmed.components(separatedBy: "…") {
                let needle = normalise(fragment)
                if needle.isEmpty { continue }
                guard let found = haystack.range(of: needle, range: position..<haystack.endIndex) else { return line }
                position = found.upperBound
            }
        }
        return nil
    }

    static func normalise(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "git@git.example.com:", with: "https://git.example.com/")
        result = result.replacingOccurrences(
            of: #"\b(?=[0-9a-f]*[0-9])[0-9a-f]{7,64}\b"#, with: "#", options: .regularExpression)
        return result.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
