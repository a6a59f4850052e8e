import ArgumentParser
import RulesmithKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses the command line, runs the command, and turns every error into exit code 1 or 2
/// with one line on stderr (argument-parser's own usage code 64 becomes 2: the exit-code contract is 0 clean, 1 findings,
/// 2 usage or input error).
enum CommandRunner {
    static func run(_ root: Rulesmith.Type) async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try root.parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            exit(0)
        } catch let failure as ExitStatus {
            exit(failure.code)
        } catch let failure as RulesmithFailure {
            Terminal.standardError.write(failure.printableLines(spelling: \.flag))
            exit(failure.exitCode)
        } catch {
            let code = root.exitCode(for: error)
            if code == .success {
                root.exit(withError: error)
            }
            let message = root.fullMessage(for: error)
            if code.rawValue == 64 || code == .validationFailure {
                Terminal.standardError.write(message.isEmpty ? "rulesmith: invalid usage\n" : message + "\n")
                exit(2)
            }
            if let exitCode = error as? ExitCode {
                exit(exitCode.rawValue)
            }
            Terminal.standardError.writeLine("rulesmith: \(message.isEmpty ? String(describing: error) : message)")
            exit(2)
        }
    }
}
