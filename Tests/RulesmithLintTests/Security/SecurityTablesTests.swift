import Foundation
import Testing
@testable import RulesmithLint

/// The security scan's generated tables (`GeneratedSecurityTables`) are what the word lists build
/// today, and decode to exactly the built tables: an edited word list without regenerated tables
/// fails here, naming the command to run.
struct SecurityTablesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func theGeneratedFileIsCurrent() throws {
        let path = Self.root.appendingPathComponent(SecurityTablesSource.outputPath)
        let committed = String(decoding: try Data(contentsOf: path), as: UTF8.self)
        #expect(committed == SecurityTablesSource.render(), "\(SecurityTablesSource.outputPath) is stale: run `\(SecurityTablesSource.command)`")
    }

    @Test func theDecodedTablesAreTheBuiltOnes() {
        let stale = "the generated tables are stale: run `\(SecurityTablesSource.command)`"
        #expect(KeywordTables.shared == KeywordTables.build(), "\(stale)")
        #expect(WideStemTables.shared == WideStemTables.build(), "\(stale)")
        #expect(CueTables.shared == CueTables.build(), "\(stale)")
        #expect(CueTables.Wide.shared == CueTables.Wide.build(), "\(stale)")
        #expect(OwnInstructionTables.shared == OwnInstructionTables.build(), "\(stale)")
    }

    /// What a scan derives from the tables' counts is what the built keyword list says.
    @Test func theKeywordFamiliesAreTheBuiltKeywords() {
        #expect(Keywords.families == Keywords.all.map(\.family))
        #expect(Keywords.lengths == Keywords.all.map(\.text.utf8.count))
        #expect(Keywords.exactSpelling == Keywords.all.map(Keywords.exactSpelling))
    }

    @Test func tableTextKeepsValuesOfEveryWidthAndTexts() {
        let values = [0, 1, 63, 64, 4095, 4096, 1 << 30, Int(UInt32.max)]
        let texts = ["", "ignore", "игнорируй", "無視", "a\"b\\c"]
        var writer = TableWriter()
        writer.append(values)
        writer.append([Int]())
        writer.append(texts: texts)
        writer.append([7])
        let source = writer.lines(columns: 7).joined(separator: "\n")
        let decoded = source.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt8.self) { bytes in
                var reader = TableReader(bytes: UnsafeBufferPointer(rebasing: bytes.dropLast()))
                let result = (reader.next(Int.self), reader.next(Int.self), reader.texts(), reader.single())
                #expect(reader.isAtEnd)
                return result
            }
        }
        #expect(decoded.0 == values)
        #expect(decoded.1.isEmpty)
        #expect(decoded.2 == texts)
        #expect(decoded.3 == 7)
    }
}
