import Foundation
import RulesmithDocs
import RulesmithTemplates

// Developer tool: regenerates committed derived files. Run from the package root:
//   swift run rulesmith-dev generate-templates   the built-in template bundle
//   swift run rulesmith-dev generate-templates --check   exit 1 when the bundle is stale
//   swift run rulesmith-dev generate-docs        docs/rules/*.md and docs/rulesmith.schema.json
//   swift run rulesmith-dev generate-docs --check   exit 1 naming the stale documents
//   swift run rulesmith-dev generate-security-tables   the security scan's built tables
//   swift run rulesmith-dev generate-security-tables --check   exit 1 when they are stale

/// Reads every regular file under the embedded folders (package-relative paths, sorted).
func embeddedFiles(root: URL) throws -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    let manager = FileManager.default
    for folder in BuiltinBundleSource.embeddedFolders {
        let base = root.appendingPathComponent(folder)
        guard let walker = manager.enumerator(atPath: base.path) else { continue }
        while let relative = walker.nextObject() as? String {
            let path = base.appendingPathComponent(relative).path
            let attributes = try manager.attributesOfItem(atPath: path)
            let type = attributes[.type] as? FileAttributeType
            if type == .typeSymbolicLink { throw GeneratorError("\(folder)/\(relative): symbolic links are not embedded") }
            guard type == .typeRegular else { continue }
            files["\(folder)/\(relative)"] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        }
    }
    return files
}

/// A generation failure, printed as one line.
struct GeneratorError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The arguments after the subcommand: `--check` and at most one package root; anything else is a usage error.
struct DeveloperArguments {
    var check = false
    var root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

    init(_ arguments: ArraySlice<String>) throws {
        var roots: [String] = []
        for argument in arguments {
            if argument == "--check" {
                check = true
            } else if argument.hasPrefix("-") {
                throw GeneratorError("unknown option '\(argument)'")
            } else {
                roots.append(argument)
            }
        }
        guard roots.count <= 1 else { throw GeneratorError("give at most one package root") }
        if let path = roots.first { root = URL(fileURLWithPath: path) }
    }
}

/// Writes the built-in template bundle, or with `check` only reports whether it is stale.
func generateTemplates(root: URL, check: Bool) throws -> Int32 {
    let files = try embeddedFiles(root: root)
    let output = root.appendingPathComponent(BuiltinBundleSource.outputPath)
    let rendered = Data(BuiltinBundleSource.render(files).utf8)
    if check {
        guard (try? Data(contentsOf: output)) == rendered else {
            print("rulesmith-dev: \(BuiltinBundleSource.outputPath) is stale: run `swift run rulesmith-dev generate-templates`")
            return 1
        }
        print("rulesmith-dev: \(BuiltinBundleSource.outputPath) is up to date (\(files.count) files)")
        return 0
    }
    try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
    try rendered.write(to: output, options: .atomic)
    print("rulesmith-dev: wrote \(BuiltinBundleSource.outputPath) (\(files.count) files)")
    return 0
}

let usage = "usage: rulesmith-dev generate-templates|generate-docs|generate-security-tables [--check] [PACKAGE-ROOT]\n"
let arguments = CommandLine.arguments.dropFirst()
do {
    switch arguments.first {
    case "generate-templates":
        let options = try DeveloperArguments(arguments.dropFirst())
        exit(try generateTemplates(root: options.root, check: options.check))
    case "generate-docs":
        let options = try DeveloperArguments(arguments.dropFirst())
        exit(try generateDocuments(root: options.root, check: options.check))
    case "generate-security-tables":
        let options = try DeveloperArguments(arguments.dropFirst())
        exit(try generateSecurityTables(root: options.root, check: options.check))
    default:
        FileHandle.standardError.write(Data(usage.utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("rulesmith-dev: \(error)\n".utf8))
    exit(2)
}
