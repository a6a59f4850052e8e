import Foundation
import RulesmithTestSupport

/// Small helper to run a tool and fail loudly, for fixture set-up only.
enum Shell {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String], environment: [String: String]? = nil, in directory: String? = nil) throws -> String {
        let result = try Subprocess.run(tool, arguments, in: directory, environment: environment)
        guard result.status == 0 else {
            throw Failure(description: "\(tool) \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        return result.stdout
    }
}

extension Shell {
    /// Lets another uid walk into the sandbox (the temp folder's parents are already world-searchable).
    static func allowTraversal(_ root: String) {
        chmod(root, 0o755)
    }
}
