import RulesmithFacts

/// A repository written in a test: path → content (`""` for a file whose content does not matter).
struct FactsFixture {
    var files: [String: String]

    init(_ files: [String: String]) {
        self.files = files
    }

    func facts(_ options: FactsEngine.Options = FactsEngine.Options()) -> RepositoryFacts {
        FactsEngine.facts(files: files.keys.sorted(), contents: InMemoryContents(files), options: options)
    }
}

extension RepositoryFacts {
    /// `id@folder` for every stack, sorted: the shape the tests compare.
    var stackPlaces: [String] { projects.flatMap { project in project.stacks.map { "\($0.id)@\(project.path)" } }.sorted() }

    func command(_ kind: CommandKind, at path: String = ".") -> String? { project(at: path)?.commands[kind]?.command }

    func manager(at path: String = ".") -> String? { project(at: path)?.packageManager?.name }
}
