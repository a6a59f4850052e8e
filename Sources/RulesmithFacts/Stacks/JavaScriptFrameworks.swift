/// The framework stacks one package.json declares (React, Next.js, Express), with the lines that
/// say so. React needs `react-dom` or `react-native`: a package that only lists `react` (a data
/// library exposing hooks beside its Node API) renders nothing; Express counts only as a runtime
/// dependency, and not in an Electron app, whose main process embeds it.
struct JavaScriptFrameworks {
    /// Stack ID → the package.json lines that declare it, for each framework found.
    private(set) var evidence: [(id: String, lines: [Int?])] = []

    init(_ package: PackageJSON) {
        func lines(_ names: [String], scopes: Set<Dependency.Scope> = [.runtime, .development, .peer]) -> [Int?] {
            names.compactMap { name -> Int?? in
                guard let dependency = package.dependency(name), scopes.contains(dependency.scope) else { return nil }
                return .some(dependency.line)
            }
        }
        func add(_ id: String, _ found: [Int?]) { if !found.isEmpty { evidence.append((id, found)) } }
        add("react", lines(["react-dom", "react-native"]))
        add("nextjs", lines(["next"]))
        if lines(["electron"]).isEmpty { add("node-express", lines(["express"], scopes: [.runtime])) }
    }

    /// Whether the package is built on a framework stack of its own.
    var isEmpty: Bool { evidence.isEmpty }

    func lines(of id: String) -> [Int?] { evidence.first { $0.id == id }?.lines ?? [] }
}
