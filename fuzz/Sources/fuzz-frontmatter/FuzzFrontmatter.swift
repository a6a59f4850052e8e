import FuzzSupport
import RulesmithEditors
import RulesmithLint
import RulesmithText

/// The lenient frontmatter reader, then the rules of a frontmatter-carrying kind end to end
/// (the kind is chosen by the input's length so every kind gets inputs).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontmatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzLint.bytes(data, size)
    let frontmatter = Frontmatter(SourceText(bytes: bytes))
    for entry in frontmatter.entries {
        FuzzLint.require(entry.keyRange.upperBound <= bytes.count && entry.valueRange.upperBound <= bytes.count,
                         "frontmatter entry past the end")
    }
    let kinds: [FileKind] = [.cursorMdc, .copilotInstructions, .windsurfRule, .kiroSteering, .claudeMd]
    FuzzLint.run(bytes, kind: kinds[size % kinds.count])
    return 0
}
