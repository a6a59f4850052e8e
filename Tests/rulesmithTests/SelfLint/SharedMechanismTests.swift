import Foundation
import Testing

/// One implementation per idea: a second copy of a shared mechanism (a path matcher, a writer of
/// `.rulesmith.yml`, an atomic writer, a JSON string escaper, a worker pool) fails here, before it
/// drifts from the first into a bug. Each check reads `Sources/` as text.
struct SharedMechanismTests {
    static let sources = TargetLayerTests.root.appendingPathComponent("Sources")

    /// Every Swift file under `Sources/`, as (path relative to `Sources/`, text) pairs.
    static let files: [(path: String, text: String)] = TargetLayerTests.swiftFiles(in: sources).compactMap { url in
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return (String(url.standardizedFileURL.path.dropFirst(sources.standardizedFileURL.path.count + 1)), text)
    }

    /// The files whose code (comments left out) contains `needle`.
    static func files(containing needle: String) -> [String] {
        files.filter { file in
            file.text.split(separator: "\n").contains { line in
                let code = line.trimmingCharacters(in: .whitespaces)
                return !code.hasPrefix("//") && code.contains(needle)
            }
        }.map(\.path).sorted()
    }

    /// The names of the types that declare a conformance to `protocolName`.
    static func conformances(to protocolName: String) -> [String] {
        let declaration = try! Regex(#"^\s*(?:public |package |private |fileprivate |internal |final )*(?:struct|class|enum|actor|extension)\s+([A-Za-z0-9_.]+)[^{]*:[^{]*\b"# + protocolName + #"\b"#)
        var names: [String] = []
        for file in files {
            for line in file.text.split(separator: "\n") {
                if let match = line.firstMatch(of: declaration), let name = match.output[1].substring {
                    names.append(String(name))
                }
            }
        }
        return names.sorted()
    }

    @Test func theSourcesAreFound() {
        #expect(Self.files.count > 300)
    }

    /// Ignore globs, per-path levels and gitignore lines are all read by `PathPattern`, each in a
    /// named `PathDialect`; a second matcher would read the same text another way (the hook once
    /// matched `lint.ignore` with the detection globs: no braces, no folders).
    /// `detect` once had its own glob matcher (`DetectionGlob`) that conformed to nothing, so the
    /// conformance check missed it: a function taking a pattern and a path, or code reading a `*`
    /// wildcard byte, outside `RulesmithText` is a second matcher too.
    @Test func onePathMatcher() throws {
        #expect(Self.conformances(to: "PathMatching") == ["PathPattern"])
        #expect(Self.files(containing: "settings.ignore.contains").isEmpty)
        let matcherShape = try Regex(#"func \w+\(_ pattern\w*: [^)]*\bpath\w*: "#)
        let wildcardByte = #"UInt8(ascii: "*")"#
        let outside = Self.files.filter { file in
            !file.path.hasPrefix("RulesmithText/") && file.text.split(separator: "\n").contains { line in
                let code = line.trimmingCharacters(in: .whitespaces)
                return !code.hasPrefix("//") && (code.contains(matcherShape) || code.contains(wildcardByte))
            }
        }
        #expect(outside.isEmpty, "\(outside.map(\.path))")
    }

    /// A security rule's ID is written once, in its rule's description (`Security/Rules/`); the
    /// scanners that feed it read the ID from there.
    @Test func securityRuleIDsAreDeclaredOnce() throws {
        let literal = try Regex(#""SEC[0-9]"#)
        let outside = Self.files.filter { file in
            file.path.hasPrefix("RulesmithLint/Security/") && !file.path.hasPrefix("RulesmithLint/Security/Rules/")
                && file.text.split(separator: "\n").contains { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") && $0.contains(literal) }
        }
        #expect(outside.isEmpty, "\(outside.map(\.path))")
    }

    /// Parallel work goes through `WorkerPool` (`map` for CPU-bound jobs, `run` for blocking ones):
    /// no second pool of threads or `concurrentPerform` elsewhere.
    @Test func oneWorkerPool() {
        let pool = "RulesmithText/Concurrency/WorkerPool.swift"
        for needle in ["concurrentPerform(", "Thread {", "Thread(block", "pthread_create("] {
            #expect(Self.files(containing: needle).filter { $0 != pool }.isEmpty, "\(needle) outside \(pool)")
        }
    }

    /// `.rulesmith.yml` is written in one place (`WorkflowWorkspace.writeConfiguration`) with text
    /// made by one line-based editor (`ConfigurationText`); YAML scalars are quoted by one function
    /// (`YAMLScalar`).
    @Test func oneConfigurationWriter() {
        let writer = "RulesmithKit/Workflow/WorkflowWorkspace.swift"
        #expect(Self.files(containing: "to: workspace.configPath").isEmpty)
        #expect(Self.files(containing: "configPath, root:").filter { $0 != writer }.isEmpty)
        #expect(Self.files(containing: "ConfigurationText {").count == 1)
        #expect(Self.files(containing: "func replacing(key:") == ["RulesmithTemplates/Workflow/ConfigurationText.swift"])
        #expect(Self.files(containing: "func quoted(") == ["RulesmithTemplates/Render/YAMLScalar.swift"])
    }

    /// Files are written through `AtomicFile` (temp file, fsync, rename; a `WriteScope` for every
    /// write): no Foundation shortcut that follows any symbolic link and tears on a crash.
    @Test func oneAtomicWriter() {
        // rulesmith-dev regenerates committed files in this repository (the template bundle, the docs,
        // the security scan's tables).
        let tools: Set = ["rulesmith-dev/main.swift", "rulesmith-dev/GenerateDocuments.swift", "rulesmith-dev/GenerateSecurityTables.swift"]
        for needle in [".atomic)", "options: .atomic", "createFile(atPath", ".write(to:", "write(toFile:"] {
            #expect(Self.files(containing: needle).filter { !tools.contains($0) }.isEmpty, "\(needle)")
        }
        #expect(Self.files(containing: "enum AtomicFile") == ["RulesmithKit/Support/AtomicFile.swift"])
    }

    /// JSON is written by `JSONValue` alone (outcomes through `OutcomeJSON`, the lint reporter's
    /// byte fast path through its escaping): no Foundation writer, whose escaping and null
    /// handling differ (the registry's output once escaped C1 and bidi controls in a pass of its own).
    @Test func oneJSONWriter() {
        for needle in ["JSONEncoder(", "JSONSerialization.data(", "withJSONObject"] {
            #expect(Self.files(containing: needle).isEmpty, "\(needle)")
        }
        #expect(Self.files(containing: "JSONValue.escape(").contains("RulesmithLint/Report/JSONReporter.swift"))
        #expect(Self.files(containing: "enum JSONValue") == ["RulesmithText/Text/JSONValue.swift"])
    }

    /// A file's encoding is recognised by `TextEncoding.detect` alone (RF007, SEC011 and the
    /// security scan's transcoder all read it).
    @Test func oneEncodingDetector() {
        let detector = "RulesmithText/Text/TextEncoding.swift"
        for needle in ["[0xFF, 0xFE", "0xFF, bytes[1] == 0xFE", "bytes[0] == 0xFE, bytes[1] == 0xFF", "[0xFE, 0xFF"] {
            #expect(Self.files(containing: needle).filter { $0 != detector }.isEmpty, "\(needle)")
        }
    }

    /// Kit and every layer below it name rulesmith's command-line options as `CommandOption`
    /// values (`"\(option: .jobs)"`, in failures, outcomes, notes and reports alike) and the CLI
    /// spells them: text that writes `--force` itself ties the code to one command's spelling
    /// (`init --hook` once advised `--chain`, which is `hook install`'s flag; init's is `--chain-hook`).
    @Test func kitDoesNotSpellOptions() throws {
        let flag = try Regex(#"--[a-z]"#)
        // Flags that are not the CLI's to spell: a `text` is allowed on its file's lines; a file
        // or folder without `text` is allowed whole. Each with its reason.
        let allowed: [(path: String, text: String?, reason: String)] = [
            ("RulesmithKit/Sync/SyncCommands.swift", "git config --global", "advice to run git: git's spelling"),
            ("RulesmithKit/Hook/HookRunner.swift", "git commit --no-verify", "advice to run git: git's spelling"),
            ("RulesmithKit/Hook/HookScript.swift", "git commit --no-verify", "the hook script's advice to run git"),
            ("RulesmithGit/GitRepository+Checkout.swift", "reset --hard", "names the git operation libgit2 performs"),
            ("RulesmithFacts/Commands/", nil, "reads other tools' command lines (npm, pytest, make …)"),
            ("RulesmithFacts/Manifests/Requirements.swift", "--requirement ", "pip's option inside requirements files"),
            ("RulesmithLint/Repository/RepositoryRules.swift", nil, "package managers' options, to parse their scripts"),
            ("RulesmithLint/Security/", nil, "shell and tool options the security scan recognises"),
            ("RulesmithLint/", "Rule.swift", "rule descriptions and examples (the rule's documentation) quote tools' flags"),
            ("RulesmithDocs/RuleDocumentation.swift", "rulesmith lint --fix", "generated pages (rulesmith-dev, outside the CLI), compared with docs/rules"),
        ]
        func isAllowed(_ path: String, _ line: String) -> Bool {
            allowed.contains { entry in
                guard path.hasPrefix(entry.path) else { return false }
                guard let text = entry.text else { return true }
                if text == "Rule.swift" { return path.hasSuffix(text) }
                return line.replacingOccurrences(of: text, with: "").firstMatch(of: flag) == nil
            }
        }
        let layers = Self.files.filter { !$0.path.hasPrefix("rulesmith/") && !$0.path.hasPrefix("rulesmith-dev/") }
        let spelled = layers.flatMap { file in
            file.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { code in
                !code.hasPrefix("//") && code.contains(flag) && !isAllowed(file.path, code)
            }.map { "\(file.path): \($0)" }
        }
        #expect(spelled.isEmpty, "\(spelled)")
        // Every allowance still matches something: a stale one would hide nothing but mislead.
        for entry in allowed {
            let matches = Self.files.contains { file in
                file.path.hasPrefix(entry.path) && (entry.text.map { $0 == "Rule.swift" ? file.path.hasSuffix($0) : file.text.contains($0) } ?? true)
            }
            #expect(matches, "\(entry.path): '\(entry.text ?? "")' (\(entry.reason)) no longer occurs")
        }
        #expect(layers.contains { $0.path.hasPrefix("RulesmithKit/") })
        #expect(!Self.files(containing: "(option: .").isEmpty)
    }

    /// Whether the stacks a command names exist is asked of `StackNameCheck` alone (`render`,
    /// `init`, `apply`, `sync`): three copies once worded it three ways, and `init` blamed an
    /// `extends` the user never wrote.
    @Test func oneStackNameCheck() {
        #expect(Self.files(containing: "unknown stack '") == ["RulesmithTemplates/Templates/StackNameCheck.swift"])
    }
}
