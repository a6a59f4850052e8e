import RulesmithTemplates
import RulesmithText


/// The templates compiled into the binary, as a tree and as parsed stacks (the first-use seed).
public enum BuiltinTemplateSet {
    /// Package-relative path → exact bytes of every embedded file.
    public static var files: [String: [UInt8]] {
        var output: [String: [UInt8]] = [:]
        for (path, base64) in BuiltinTemplates.files {
            guard let bytes = Base64.decode(base64) else { preconditionFailure("corrupt embedded template \(path)") }
            output[path] = bytes
        }
        return output
    }

    /// The embedded files parsed as a template repository (`Templates/`, `Registry/`).
    public static func load() throws -> TemplateSet {
        return try TemplateLayout.read(TemplateTree(rootName: "rulesmith", files: files))
    }
}
