/// A stack found in a folder, before it is placed in a project.
struct StackFinding: Hashable {
    var folder: String
    var fact: StackFact
}
