/// What a task's name says it does (a Makefile target, a package script, a nox session):
/// the kind's own name first, then the names projects commonly use instead.
enum TaskNames {
    /// Kind → names, closest first.
    static let names: [CommandKind: [String]] = [
        .test: ["test", "tests", "test-all", "unit", "unittest"],
        .lint: ["lint", "check", "check:lint", "lint:check", "validate", "lint-all", "vet", "lint:all"],
        .format: ["format", "fmt", "fix", "format:fix", "fix:format", "lint:fix", "fix:lint", "format:write", "lint:prettier", "prettier", "style"],
        .build: ["build", "bundle", "compile", "build:all", "dist", "build-dev", "build-release", "build-prod"],
        .typecheck: ["typecheck", "type-check", "types", "check:types", "typecheck:all", "tsc", "mypy", "pyright", "check-types", "validate:types"],
        .run: ["start", "dev", "serve", "run", "server"],
    ]

    /// The kind a task name says, and how close the name is (0 = the kind's own name).
    static func kind(of name: String) -> (kind: CommandKind, closeness: Int)? {
        let lower = name.lowercased()
        for kind in CommandKind.allCases {
            if let index = names[kind]?.firstIndex(of: lower) { return (kind, index) }
        }
        return nil
    }

    /// The kinds a comment that describes a command names (`Run tests and linting`: test, lint).
    static func kinds(describedBy comment: String) -> [CommandKind] {
        let words = Set(comment.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init))
        let spellings: [(CommandKind, Set<String>)] = [
            (.test, ["test", "tests", "testing"]), (.lint, ["lint", "linting", "linter", "linters"]),
            (.format, ["format", "formatting", "formatter"]), (.build, ["build", "builds", "building"]),
            (.typecheck, ["typecheck", "type-check", "type-checking", "typechecking"]),
        ]
        return spellings.filter { !$0.1.isDisjoint(with: words) }.map(\.0)
    }
}
