/// The entries of every `OwnInstructionLanguage` as `OwnInstructionIndex` and
/// `OwnInstructionGate` place them, read once from the word lists by `build()` (the generator
/// and its test) and decoded from `GeneratedSecurityTables.ownInstructions` at run time: a
/// process only fills the lookups.
struct OwnInstructionTables: Sendable, Equatable {
    let index: [OwnInstructionIndex.Placement]
    let gate: [OwnInstructionGate.Placement]

    static let shared: OwnInstructionTables = {
        var reader = TableReader(GeneratedSecurityTables.ownInstructions)
        return OwnInstructionTables(from: &reader)
    }()

    /// The placements as the word lists give them (slow: splitting, trimming and tokenising).
    static func build() -> OwnInstructionTables {
        let entries = OwnInstructionIndex.allEntries
        return OwnInstructionTables(
            index: entries.compactMap { OwnInstructionIndex.placement($0.entry, $0.role) },
            gate: entries.compactMap { OwnInstructionGate.placement($0.entry, $0.role) })
    }

    private init(index: [OwnInstructionIndex.Placement], gate: [OwnInstructionGate.Placement]) {
        self.index = index
        self.gate = gate
    }

    init(from reader: inout TableReader) {
        let packed: [Int] = reader.next()
        let counts: [Int] = reader.next()
        let texts = reader.texts()
        var next = 0
        index = zip(packed, counts).map { packed, count in
            defer { next += count }
            return OwnInstructionIndex.Placement(
                kind: OwnInstructionIndex.Placement.Kind(rawValue: UInt8(packed & 0x7))!,
                role: OwnInstructionIndex.Role(rawValue: UInt16(truncatingIfNeeded: packed >> 3)), open: packed >> 19 != 0,
                texts: Array(texts[next..<next + count]))
        }
        let gatePacked: [Int] = reader.next()
        let runs = reader.texts()
        gate = zip(gatePacked, runs).map { packed, run in
            OwnInstructionGate.Placement(
                kind: OwnInstructionGate.Placement.Kind(rawValue: UInt8(packed & 0x3))!,
                role: OwnInstructionIndex.Role(rawValue: UInt16(truncatingIfNeeded: packed >> 2)), bytes: Array(run.utf8))
        }
    }

    func encode(into writer: inout TableWriter) {
        writer.append(index.map { Int($0.kind.rawValue) | Int($0.role.rawValue) << 3 | ($0.open ? 1 << 19 : 0) })
        writer.append(index.map(\.texts.count))
        writer.append(texts: index.flatMap(\.texts))
        writer.append(gate.map { Int($0.kind.rawValue) | Int($0.role.rawValue) << 2 })
        writer.append(texts: gate.map { String(decoding: $0.bytes, as: UTF8.self) })
    }
}
