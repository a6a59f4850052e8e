import Foundation
import RulesmithText
import Testing
@testable import RulesmithKit

/// Files beyond what the analyses address (32-bit offsets) are refused before they are read.
struct LintSizeLimitTests {
    @Test func aFileOverTheLimitIsAnExitTwoErrorNamingIt() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("llms.txt", "# P\n")
        // Sparse: no disk space is used, and the size check runs before any byte is read.
        #expect(truncate(path, off_t(SourceText.maximumByteCount) + 1) == 0)
        var request = LintRequest()
        request.paths = [path]
        do {
            _ = try LintRunner().run(request)
            Issue.record("expected a size error")
        } catch {
            #expect(error.exitCode == 2)
            #expect(error.message.contains("llms.txt: too large to lint"))
        }
    }
}
