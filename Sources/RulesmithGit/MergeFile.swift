// In-memory three-way merge of one file's content through `git_merge_file`: the merged bytes and
// whether conflict markers were left, with caller-chosen labels on the markers.

import CGit2

/// The outcome of a three-way file merge.
public struct GitMergeFileResult: Hashable, Sendable {
    /// The merged content; contains conflict markers when `hasConflicts`.
    public let bytes: [UInt8]
    /// Whether some hunks conflicted.
    public let hasConflicts: Bool
}

/// The labels written after the conflict markers (`<<<<<<< ours`, `||||||| base`, `>>>>>>> theirs`).
public struct GitMergeLabels: Hashable, Sendable {
    public var base: String
    public var ours: String
    public var theirs: String

    /// Labels such as `base: "last generated", ours: "local", theirs: "generated@new"`.
    public init(base: String = "base", ours: String = "ours", theirs: String = "theirs") {
        self.base = base
        self.ours = ours
        self.theirs = theirs
    }
}

/// How conflicts are written.
public enum GitMergeConflictStyle: Sendable {
    /// Ours and theirs (git's default `merge` style).
    case merge
    /// Ours, the base, and theirs (`diff3`).
    case diff3
}

extension Git {
    /// Merges `ours` and `theirs`, both derived from `base`, line by line as git does.
    ///
    /// - Throws: `GitError` with reason `.invalidArgument` when a side is binary (git does not
    ///   merge binary content), or when libgit2 fails.
    public static func mergeFile(
        base: [UInt8], ours: [UInt8], theirs: [UInt8],
        labels: GitMergeLabels = GitMergeLabels(), style: GitMergeConflictStyle = .merge
    ) throws(GitError) -> GitMergeFileResult {
        try initialize()
        let operation = "merge \(labels.ours) and \(labels.theirs)"
        var options = git_merge_file_options()
        try check(git_merge_file_options_init(&options, UInt32(GIT_MERGE_FILE_OPTIONS_VERSION)), "prepare merge options")
        options.flags = style == .diff3 ? GIT_MERGE_FILE_STYLE_DIFF3.rawValue : GIT_MERGE_FILE_STYLE_MERGE.rawValue
        var result = git_merge_file_result()
        let code = withInput(base) { baseInput in
            withInput(ours) { oursInput in
                withInput(theirs) { theirsInput in
                    labels.base.withCString { baseLabel in
                        labels.ours.withCString { oursLabel in
                            labels.theirs.withCString { theirsLabel in
                                options.ancestor_label = baseLabel
                                options.our_label = oursLabel
                                options.their_label = theirsLabel
                                return git_merge_file(&result, baseInput, oursInput, theirsInput, &options)
                            }
                        }
                    }
                }
            }
        }
        try check(code, operation)
        defer { git_merge_file_result_free(&result) }
        guard let pointer = result.ptr else {
            if result.automergeable != 0 { return GitMergeFileResult(bytes: [], hasConflicts: false) }
            // libgit2 gives up on binary input and returns no content at all.
            throw GitError(operation: operation, message: "binary content cannot be merged line by line",
                           reason: .invalidArgument)
        }
        let bytes = Array(UnsafeRawBufferPointer(start: pointer, count: result.len))
        return GitMergeFileResult(bytes: bytes, hasConflicts: result.automergeable == 0)
    }

    private static func withInput<R>(_ content: [UInt8], _ body: (UnsafePointer<git_merge_file_input>) -> R) -> R {
        var input = git_merge_file_input()
        _ = git_merge_file_input_init(&input, UInt32(GIT_MERGE_FILE_INPUT_VERSION))
        // A non-NULL pointer even for empty content: libgit2 treats a NULL ptr as "no file".
        let storage = content.isEmpty ? [0] : content
        return storage.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                input.ptr = chars.baseAddress
                input.size = content.count
                return body(&input)
            }
        }
    }
}
