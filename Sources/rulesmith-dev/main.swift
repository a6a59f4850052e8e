import Foundation
import RulesmithTemplates

// Developer tool: regenerates committed derived files. Run from the package root:
//   swift run rulesmith-dev generate-templates

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

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "generate-templates":
    let root = URL(fileURLWithPath: arguments.dropFirst().first ?? FileManager.default.currentDirectoryPath)
    do {
        let files = try embeddedFiles(root: root)
        let output = root.appendingPathComponent(BuiltinBundleSource.outputPath)
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(BuiltinBundleSource.render(files).utf8).write(to: output, options: .atomic)
        print("rulesmith-dev: wrote \(BuiltinBundleSource.outputPath) (\(files.count) files)")
    } catch {
        FileHandle.standardError.write(Data("rulesmith-dev: \(error)\n".utf8))
        exit(2)
    }
default:
    FileHandle.standardError.write(Data("usage: rulesmith-dev generate-templates [PACKAGE-ROOT]\n".utf8))
    exit(2)
}
