import RulesmithLint
import RulesmithText

/// Finds `.rulesmith.yml` by walking up from a path and reads it, turning configuration errors
/// into one exit-2 failure that lists every `file:line: problem`.
public enum ConfigurationLoader {
    /// A loaded configuration and where it came from (nil path: defaults, no file found).
    public struct Loaded: Sendable {
        public var configuration: ProjectConfiguration
        public var path: String?
        /// The folder holding the configuration file.
        public var directory: String?
    }

    /// The nearest `.rulesmith.yml` at or above `start` (a file or a folder), or nil.
    public static func find(from start: String) -> String? {
        var directory = FileSystem.absolute(start)
        if !FileSystem.isDirectory(directory) { directory = PathSyntax.directory(of: directory) }
        if directory.isEmpty { directory = "/" }
        while true {
            let candidate = (directory == "/" ? "" : directory) + "/" + ProjectConfiguration.fileName
            // Anything there but a file (a folder, a device) is found too, so reading it fails
            // loudly instead of the configuration being silently skipped.
            if FileSystem.type(of: candidate) != .missing { return candidate }
            if directory == "/" || directory.isEmpty { return nil }
            let parent = PathSyntax.directory(of: directory)
            directory = parent.isEmpty ? "/" : "/" + PathSyntax.normalize(parent)
        }
    }

    /// Loads `explicitPath` when given (it must exist), else the nearest file above `start`.
    public static func load(explicitPath: String?, from start: String) throws(RulesmithError) -> Loaded {
        let path: String
        if let explicitPath {
            path = explicitPath
        } else if let found = find(from: start) {
            path = found
        } else {
            return Loaded(configuration: ProjectConfiguration(), path: nil, directory: nil)
        }
        let bytes: [UInt8]
        switch try FileSystem.read(path, maximumBytes: ConfigurationReader.maximumSize) {
        case .complete(let read): bytes = read
        case .tooLarge(let size): throw tooLarge(path, size: size)
        }
        return try parse(bytes, path: path)
    }

    /// Checks and reads the bytes of the configuration at `path` (size, UTF-8, then every key).
    static func parse(_ bytes: [UInt8], path: String) throws(RulesmithError) -> Loaded {
        if bytes.count > ConfigurationReader.maximumSize { throw tooLarge(path, size: bytes.count) }
        let display = FileSystem.relative(FileSystem.absolute(path), to: FileSystem.currentDirectory)
        guard UTF8Validation.isValid(bytes) else { throw RulesmithError("\(path): not UTF-8; a configuration file must be UTF-8 text") }
        do {
            let configuration = try ConfigurationReader().read(String(decoding: bytes, as: UTF8.self), path: display)
            let absolute = FileSystem.absolute(path)
            return Loaded(configuration: configuration, path: absolute, directory: PathSyntax.directory(of: absolute).isEmpty ? "/" : "/" + PathSyntax.normalize(PathSyntax.directory(of: absolute)))
        } catch {
            throw RulesmithFailure.configuration(error.errors)
        }
    }

    private static func tooLarge(_ path: String, size: Int) -> RulesmithFailure {
        let display = FileSystem.relative(FileSystem.absolute(path), to: FileSystem.currentDirectory)
        return RulesmithError("\(display): larger than \(ConfigurationReader.maximumSize >> 20) MB (\(size) bytes); is this really a rulesmith configuration?")
    }
}
