import Foundation
@testable import RulesmithTemplates

/// Small stacks written inline, the built-in templates read from `Templates/`, and helpers to
/// render them and read the result.
enum RenderFixtures {
    /// A rule parsed from its file text, exactly as the template parser reads `<id>.md`.
    static func rule(_ id: String, _ text: String) throws -> RuleTemplate {
        try RuleTemplateParser.parse(id: id, bytes: Array(text.utf8), path: "fixtures/\(id).md")
    }

    static func stack(
        _ id: String, rules: [RuleTemplate], variables: [TemplateVariable] = [], extends: [String] = []
    ) -> TemplateStack {
        TemplateStack(
            id: id, title: id, description: "Fixture stack \(id)", category: "language", extends: extends,
            variables: variables, rules: rules, file: Array("id: \(id)\n".utf8), sourcePath: "fixtures/\(id)")
    }

    /// A stack with one rule of each activation.
    static func mixedStack() throws -> TemplateStack {
        stack("demo", rules: [
            try rule("always-rule", "---\ndescription: Always on\nalwaysApply: true\n---\n# Always\n\n- Run {{test_command}} before committing.\n"),
            try rule("go-rule", "---\ndescription: Go code\nglobs: [\"**/*.go\"]\n---\n# Go\n\n- Wrap errors with %w.\n"),
            try rule("app-rule", "---\ndescription: App components\nglobs: [\"app/**/*.tsx\", \"app/**/*.ts\"]\n---\n# App\n\n- Server components by default.\n"),
            try rule("asked-rule", "---\ndescription: Adding a database migration\n---\n# Migrations\n\n- One change per migration.\n"),
            try rule("manual-rule", "---\n---\n# Release checklist\n\n- Tag the release.\n"),
        ], variables: [TemplateVariable(name: "test_command", description: "Runs the tests", defaultValue: "make test")])
    }

    static func render(
        _ chain: [TemplateStack], targets: [String], variables: [String: String] = [:], overlays: [RuleTemplate] = []
    ) throws(RenderError) -> RenderReport {
        try TargetRenderer.report(RenderInput(chain: chain, targets: targets, variables: variables, overlays: overlays))
    }

    static func text(_ file: RenderedFile) -> String {
        String(decoding: file.contents, as: UTF8.self)
    }

    /// The text of the file at `path` in `files`, or nil.
    static func text(_ path: String, in files: [RenderedFile]) -> String? {
        files.first { $0.path == path }.map(text)
    }

    /// The package root, found from this file.
    static func packageRoot(_ filePath: String = #filePath) -> URL {
        var root = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while root.path != "/", !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        return root
    }

    /// The built-in stacks, parsed from `Templates/` and `Registry/` as the registry seeds them.
    static func builtinStacks() throws -> [String: TemplateStack] {
        let root = packageRoot()
        var files: [String: [UInt8]] = [:]
        for folder in [TemplateLayout.templatesFolder, TemplateLayout.registryFolder] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            while let relative = walker.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let url = base.appendingPathComponent(relative)
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                files["\(folder)/\(relative)"] = Array(try Data(contentsOf: url))
            }
        }
        let set = try TemplateLayout.read(TemplateTree(rootName: "rulesmith", files: files))
        return Dictionary(uniqueKeysWithValues: set.stacks.map { ($0.id, $0) })
    }
}
