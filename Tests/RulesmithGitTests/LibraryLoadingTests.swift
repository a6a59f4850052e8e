// libgit2 is loaded with dlopen on first use: the failure message for a library that is not there,
// and that the test process itself loads the real one.

import CGit2
import Foundation
import RulesmithGit
import Testing

@Suite struct LibraryLoadingTests {
    @Test func aMissingLibraryGivesOneLineNamingItAndThePackage() throws {
        let raw = try #require(rulesmith_git2_try_load("libgit2-rulesmith-missing.so.0"))
        defer { free(raw) }
        let message = String(cString: raw)
        #expect(message == "libgit2 could not be loaded (libgit2-rulesmith-missing.so.0: cannot open shared object file: "
            + "No such file or directory); install it (Debian: apt-get install libgit2-\(LIBGIT2_SOVERSION))")
        #expect(!message.contains("\n"))
    }

    @Test func theVersionedLibraryLoads() throws {
        #expect(rulesmith_git2_try_load("libgit2.so." + LIBGIT2_SOVERSION) == nil)
        #expect(rulesmith_git2_load_error() == nil)
        try Git.initialize()
        #expect(try Git.libgit2Version.hasPrefix(LIBGIT2_SOVERSION + "."))
    }

    @Test func theUnavailableErrorIsTheLoadersSentenceAlone() {
        let error = GitError(operation: "load libgit2", message: "libgit2 could not be loaded (x)", reason: .libraryUnavailable)
        #expect(error.description == "libgit2 could not be loaded (x)")
    }
}
