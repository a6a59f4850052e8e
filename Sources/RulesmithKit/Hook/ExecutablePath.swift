#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The absolute path of the running `rulesmith` binary, which the installed hook calls first.
public enum ExecutablePath {
    /// `/proc/self/exe` resolved where it exists; else `argument0` made absolute, searching PATH
    /// for a bare name; nil when none of these names an executable file.
    public static func current(argument0: String, environment: [String: String]) -> String? {
        if let resolved = FileSystem.realPath("/proc/self/exe") { return resolved }
        if argument0.contains("/") {
            let absolute = FileSystem.absolute(argument0)
            return access(absolute, X_OK) == 0 ? (FileSystem.realPath(absolute) ?? absolute) : nil
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = FileSystem.absolute(String(folder) + "/" + argument0)
            if FileSystem.type(of: candidate) == .file, access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
