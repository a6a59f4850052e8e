import FuzzSupport
import RulesmithLint

/// The `.rulesmith.yml` reader (Yams underneath): any input either parses or is refused with
/// errors that name the file; it never traps or hangs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzLint.bytes(data, size)
    let text = String(decoding: bytes, as: UTF8.self)
    do {
        _ = try FuzzConfigReader.reader.read(text, path: ".rulesmith.yml")
    } catch {
        for problem in error.errors {
            FuzzLint.require(problem.path == ".rulesmith.yml", "configuration error without the path")
        }
    }
    return 0
}

/// One reader for every input (its catalogue look-ups are built once).
enum FuzzConfigReader {
    static let reader = ConfigurationReader()
}
