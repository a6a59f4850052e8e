/// Reads linked documents from the local folder tree of an llms.txt, refusing anything that
/// resolves (through `..` or a symlink) outside that tree, and anything larger than the cap.
struct LocalDocumentReader: Sendable {
    /// Real path of the folder tree reads must stay in.
    let root: String
    let maxBytes: Int

    /// Files tried, in order, for a link to a folder.
    static let indexNames = ["index.md", "index.html.md", "README.md", "index.html"]

    init(root: String, maxBytes: Int) {
        self.root = FileSystem.realPath(root) ?? root
        self.maxBytes = maxBytes
    }

    func read(_ path: String) -> DocumentResult {
        let display = shown(path)
        if path.hasSuffix("/") || FileSystem.type(of: path) == .directory {
            let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            for name in Self.indexNames where FileSystem.type(of: folder + "/" + name) == .file {
                switch readFile(folder + "/" + name) {
                case .document(let bytes, _): return .document(bytes, fetchedFrom: shown(folder + "/" + name))
                case .failure(let failure): return .failure(failure)
                }
            }
            if FileSystem.type(of: folder) == .directory {
                return .failure(DocumentFailure(.notFound, "\(display) is a folder with none of \(Self.indexNames.joined(separator: ", "))"))
            }
        }
        return readFile(path)
    }

    private func readFile(_ path: String) -> DocumentResult {
        let display = shown(path)
        guard let real = FileSystem.realPath(path) else {
            if FileSystem.type(of: path, followLinks: false) == .symlink {
                return .failure(DocumentFailure(.notFound, "\(display) is a symbolic link that leads nowhere"))
            }
            return .failure(DocumentFailure(.notFound, "no such file: \(display)"))
        }
        guard real == root || real.hasPrefix(root == "/" ? "/" : root + "/") else {
            return .failure(DocumentFailure(.outsideRoot, "\(display) is a symbolic link to \(real), outside \(root); not read"))
        }
        switch FileSystem.type(of: real) {
        case .file: break
        case .directory: return .failure(DocumentFailure(.readError, "\(display) is a folder, not a file"))
        default: return .failure(DocumentFailure(.readError, "\(display) is not a regular file"))
        }
        if let size = FileSystem.size(of: real), size > maxBytes {
            return .failure(DocumentFailure(.tooLarge, "\(display) is \(size) bytes, over the \(maxBytes)-byte cap (--max-bytes)"))
        }
        do {
            return .document(try FileSystem.read(real), fetchedFrom: nil)
        } catch {
            return .failure(DocumentFailure(.readError, error.message))
        }
    }

    /// A path as the output shows it: relative to the root, so the document does not depend on
    /// where the tree sits on this machine.
    private func shown(_ path: String) -> String {
        let relative = FileSystem.relative(path, to: root)
        return relative == path ? path : relative
    }
}
