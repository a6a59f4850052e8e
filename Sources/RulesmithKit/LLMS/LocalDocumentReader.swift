import Foundation
import RulesmithLLMS
import RulesmithText

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
        path.hasSuffix("/") ? readFolder(String(path.dropLast())) : readFile(path)
    }

    /// A folder link reads the folder's index file.
    private func readFolder(_ folder: String) -> DocumentResult {
        for name in Self.indexNames where FileSystem.type(of: folder + "/" + name) == .file {
            switch readFile(folder + "/" + name) {
            case .document(let bytes, _): return .document(bytes, fetchedFrom: shown(folder + "/" + name))
            case .failure(let failure): return .failure(failure)
            }
        }
        if FileSystem.type(of: folder) == .directory {
            return .failure(DocumentFailure(.notFound, "\(shown(folder))/ is a folder with none of \(Self.indexNames.joined(separator: ", "))"))
        }
        return .failure(DocumentFailure(.notFound, "no such folder: \(shown(folder))/"))
    }

    private func readFile(_ path: String) -> DocumentResult {
        let display = shown(path)
        let folder = PathSyntax.directory(of: path)
        let name = String(path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...])
        guard !folder.isEmpty, !name.isEmpty, name != ".", name != "..", let realFolder = realFolder(folder) else {
            return .failure(DocumentFailure(.notFound, "no such file: \(display)"))
        }
        var real = realFolder == "/" ? "/" + name : realFolder + "/" + name
        guard inside(real) else {
            return .failure(DocumentFailure(.outsideRoot, "\(display) is reached through a symbolic link to \(realFolder), outside \(root); not read"))
        }
        // O_NOFOLLOW: the common case (no symlink) needs no further resolution; O_NONBLOCK: a
        // FIFO must not hang the run.
        var descriptor = open(real, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        if descriptor < 0 && errno == ELOOP {
            guard let resolved = FileSystem.realPath(path) else {
                return .failure(DocumentFailure(.notFound, "\(display) is a symbolic link that leads nowhere"))
            }
            guard inside(resolved) else {
                return .failure(DocumentFailure(.outsideRoot, "\(display) is a symbolic link to \(resolved), outside \(root); not read"))
            }
            real = resolved
            descriptor = open(real, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        }
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return .failure(DocumentFailure(.notFound, "no such file: \(display)")) }
            return .failure(DocumentFailure(.readError, "cannot read \(display): \(String(cString: strerror(code)))"))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(DocumentFailure(.readError, "cannot read \(display): \(String(cString: strerror(errno)))")) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return readCapped(descriptor, Int(info.st_size), display)
        case S_IFDIR: return readFolder(path)
        default: return .failure(DocumentFailure(.readError, "\(display) is not a regular file"))
        }
    }

    private func inside(_ real: String) -> Bool {
        real == root || real.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// The real path of a folder, resolved once per folder.
    private func realFolder(_ folder: String) -> String? {
        if let cached = lock.withLock({ realFolders[folder] }) { return cached }
        let resolved = FileSystem.realPath(folder)
        lock.withLock { realFolders[folder] = .some(resolved) }
        return resolved
    }

    /// Reads at most `maxBytes` (one more byte tells that the file is larger), with exactly
    /// sized buffers.
    private func readCapped(_ descriptor: Int32, _ size: Int, _ display: String) -> DocumentResult {
        if size > maxBytes {
            return .failure(DocumentFailure(.tooLarge, "\(display) is \(size) bytes, over the \(maxBytes)-byte cap (\(option: .maxBytes))"))
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
            return .failure(DocumentFailure(.tooLarge, "\(display) grew past the \(maxBytes)-byte cap (\(option: .maxBytes)) while being read"))
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
