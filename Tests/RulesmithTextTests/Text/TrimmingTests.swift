import Testing
@testable import RulesmithText

/// Trimming works on scalars: CRLF and lone line breaks are both trimmed.
struct TrimmingTests {
    @Test func trimsScalarsNotGraphemes() {
        #expect("  12345\n".trimmingWhitespace == "12345")
        #expect("\tvalue \r\n".trimmingWhitespace == "value")
        #expect(" a b \t".trimmingBlanks() == "a b")
        #expect("gitdir: x\n".trimmingBlanks() == "gitdir: x\n")
        #expect("\r\nx\r\n".trimmingNewlines() == "x")
        #expect("\"quoted'".trimming("\"'") == "quoted")
        #expect("   ".trimmingWhitespace == "")
    }
}
