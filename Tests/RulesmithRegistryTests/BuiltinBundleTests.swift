import Foundation
import RulesmithTemplates
import Testing
@testable import RulesmithRegistry

/// The embedded template bundle matches the `Templates/` and `Registry/` folders.
@Suite struct BuiltinBundleTests {
    /// The package root, found from this file's path.
    private var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test func theCommittedBundleIsCurrent() throws {
        var files: [String: [UInt8]] = [:]
        for folder in BuiltinBundleSource.embeddedFolders {
            let base = packageRoot.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            while let relative = walker.nextObject() as? String {
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: base.appendingPathComponent(relative).path, isDirectory: &isDirectory)
                if isDirectory.boolValue { continue }
                files["\(folder)/\(relative)"] = [UInt8](try Data(contentsOf: base.appendingPathComponent(relative)))
            }
        }
        let committed = try String(contentsOf: packageRoot.appendingPathComponent(BuiltinBundleSource.outputPath), encoding: .utf8)
        #expect(
            committed == BuiltinBundleSource.render(files),
            "Sources/RulesmithRegistry/Generated/BuiltinTemplates.swift is stale: run `swift run rulesmith-dev generate-templates`")
        #expect(BuiltinTemplateSet.files == files)
    }

    @Test func theBuiltinTemplatesParse() throws {
        let set = try BuiltinTemplateSet.load()
        #expect(set.index != nil)
        let stacks = Dictionary(uniqueKeysWithValues: set.stacks.map { ($0.id, $0) })
        for stack in set.stacks {
            _ = try StackResolver.resolve(stack.id, in: stacks)
            try StackResolver.checkPlaceholders(of: stack, in: stacks)
        }
    }
}
