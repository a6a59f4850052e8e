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
        OptionSpelling.install { $0.flag }
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let unknown = unknownCommand(arguments, root: root) {
            Terminal.standardError.writeLine(unknown)
            exit(2)
        }
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

    /// The message for a command name that is none of the commands at its level, with the
    /// closest one ("rulesmith lnit" → "did you mean 'init'?"); nil when every name is known.
    /// argument-parser alone would report an unexpected argument.
    static func unknownCommand(_ arguments: [String], root: any ParsableCommand.Type) -> String? {
        var command = root
        var path = [root._commandName]
        for argument in arguments {
            let subcommands = command.configuration.subcommands
            guard !argument.hasPrefix("-"), !subcommands.isEmpty, command.configuration.defaultSubcommand == nil else { return nil }
            guard let next = subcommands.first(where: { $0._commandName == argument }) else {
                if argument == "help" { return nil }
                let names = subcommands.map { $0._commandName }
                let hint = NameSuggestion.closest(to: argument, in: names).map { "; did you mean '\($0)'?" }
                    ?? "; the commands are \(names.joined(separator: ", "))"
                return "\(path.joined(separator: " ")): unknown command '\(argument)'\(hint) (see '\(path.joined(separator: " ")) --help')"
            }
            command = next
            path.append(next._commandName)
        }
        return nil
    }
}
