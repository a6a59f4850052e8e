// Bridging helpers between Swift strings and the C strings and string arrays libgit2 takes and
// returns. Kept in one place so ownership (who frees what) is decided once.

import CGit2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Calls `body` with a `git_strarray` over copies of `strings`, freed afterwards.
func withStrArray<R, E: Error>(
    _ strings: [String], _ body: (inout git_strarray) throws(E) -> R
) throws(E) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    defer { for pointer in pointers { free(pointer) } }
    let count = pointers.count
    return try pointers.withUnsafeMutableBufferPointer { (buffer) throws(E) -> R in
        var array = git_strarray(strings: buffer.baseAddress, count: count)
        return try body(&array)
    }
}

/// Copies a libgit2 string, nil for a NULL pointer.
func string(_ pointer: UnsafePointer<CChar>?) -> String? {
    pointer.map { String(cString: $0) }
}

/// A directory path as libgit2 reports it, without the trailing slash it appends.
func directory(_ pointer: UnsafePointer<CChar>?) -> String? {
    guard var path = string(pointer) else { return nil }
    while path.count > 1, path.hasSuffix("/") { path.removeLast() }
    return path
}

/// Copies and frees a `git_buf` filled by libgit2.
func take(_ buffer: inout git_buf) -> String {
    defer { git_buf_dispose(&buffer) }
    guard let pointer = buffer.ptr else { return "" }
    return String(decoding: UnsafeRawBufferPointer(start: pointer, count: buffer.size), as: UTF8.self)
}
