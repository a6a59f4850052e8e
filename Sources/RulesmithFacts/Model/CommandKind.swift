/// What a command is for, as the facts name it (`detect --format json` uses the raw values).
public enum CommandKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case test, lint, format, build, typecheck, run

    public static func < (lhs: CommandKind, rhs: CommandKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
