import Foundation

/// Reads linked documents from the local folder tree of an llms.txt, refusing anything that
/// resolves (through `..` or a symlink) outside that tree, and anything larger than the cap.
/// Safe to call from several threads at once.
final class LocalDocumentReader: @unchecked Sendable {
    /// Real path of the folder tree reads must stay in.
    let root: String
    let maxBytes: Int
    /// Real paths of folders already resolved: a large llms.txt links many files per folder,
    /// and resolving each file's whole path costs a `readlink` per component.
    private var realFolders: [String: String?] = [:]
    private let lock = NSLock()

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
        guard let real = realPath(path) else {
            if FileSystem.type(of: path, followLinks: false) == .symlink {
                return .failure(DocumentFailure(.notFound, "\(display) is a symbolic link that leads nowhere"))
            }
            return .failure(DocumentFailure(.notFound, "no such file: \(display)"))
        }
        guard real == root || real.hasPrefix(root == "/" ? "/" : root + "/") else {
            return .failure(DocumentFailure(.outsideRoot, "\(display) is a symbolic link to \(real), outside \(root); not read"))
        }
        return readCapped(real, display)
    }

    /// The real path of `path`: its folder's (cached) real path plus its name, unless the file
    /// itself is a symlink.
    private func realPath(_ path: String) -> String? {
        let folder = PathSyntax.directory(of: path)
        let name = String(path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...])
        guard !folder.isEmpty, !name.isEmpty, name != ".", name != ".." else { return FileSystem.realPath(path) }
        let cached: String?? = lock.withLock { realFolders[folder] }
        let realFolder: String?
        if let cached {
            realFolder = cached
        } else {
            realFolder = FileSystem.realPath(folder)
            lock.withLock { realFolders[folder] = .some(realFolder) }
        }
        guard let realFolder else { return nil }
        switch FileSystem.type(of: path, followLinks: false) {
        case .missing: return nil
        case .symlink: return FileSystem.realPath(path)
        default: return realFolder == "/" ? "/" + name : realFolder + "/" + name
        }
    }

    /// Reads at most `maxBytes` (one more byte tells that the file is larger), with exactly
    /// sized buffers.
    private func readCapped(_ real: String, _ display: String) -> DocumentResult {
        let descriptor = open(real, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(DocumentFailure(.readError, "cannot read \(display): \(String(cString: strerror(errno)))")) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(DocumentFailure(.readError, "cannot read \(display): \(String(cString: strerror(errno)))")) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(DocumentFailure(.readError, "\(display) is a folder, not a file"))
        default: return .failure(DocumentFailure(.readError, "\(display) is not a regular file"))
        }
        let size = Int(info.st_size)
        if size > maxBytes {
            return .failure(DocumentFailure(.tooLarge, "\(display) is \(size) bytes, over the \(maxBytes)-byte cap (--max-bytes)"))
        }
        var bytes = [UInt8](repeating: 0, count: min(size, maxBytes) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                // The file grew since fstat: keep reading, up to one byte past the cap.
                guard bytes.count <= maxBytes else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(65536, maxBytes + 1 - bytes.count)))
            }
            let count = bytes.withUnsafeMutableBufferPointer { Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(DocumentFailure(.readError, "cannot read \(display): \(String(cString: strerror(errno)))"))
            }
            if count == 0 { break }
            filled += count
        }
        if filled > maxBytes {
            return .failure(DocumentFailure(.tooLarge, "\(display) grew past the \(maxBytes)-byte cap (--max-bytes) while being read"))
        }
        bytes.removeLast(bytes.count - filled)
        return .document(bytes, fetchedFrom: nil)
    }

    /// A path as the output shows it: relative to the root, so the document does not depend on
    /// where the tree sits on this machine.
    private func shown(_ path: String) -> String {
        let relative = FileSystem.relative(path, to: root)
        return relative == path ? path : relative
    }
}
