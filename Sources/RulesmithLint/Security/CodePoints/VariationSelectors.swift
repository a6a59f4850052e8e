/// U5: variation selectors. One FE0E/FE0F after an emoji, symbol, digit, `#` or `*` is ordinary;
/// a stray one is a warning; two or more in a row can carry a hidden byte each (an error).
enum VariationSelectors {
    static func scan(
        _ line: CodePointLine, _ start: Int, _ context: inout CodePointScan.Context, _ collector: inout FindingCollector
    ) -> Int {
        let end = line.runEnd(from: start, of: .variationSelector)
        let values = line.scalars[start..<end].map(\.value)
        let carrierTakesOne = line.value(before: start).map(ScalarFacts.takesPresentationSelector) == true
        let presentation = values[0] == 0xFE0E || values[0] == 0xFE0F
        if values.count == 1, presentation, carrierTakesOne { return end }
        let keepFirst = presentation && carrierTakesOne
        let removeFrom = keepFirst ? start + 1 : start
        let removal = line.byteRange(removeFrom, end)
        let fix = context.removal(removal, "Remove the stray variation selectors")
        let range = context.raw(line.byteRange(start, end))
        if values.count == 1 {
            collector.add(range, severity: .warning, fix: fix) {
                "stray \(ScalarFacts.describe(values[0])) after a character it cannot modify"
            }
            return end
        }
        collector.add(range, severity: .error, fix: fix) {
            let hidden = decodedBytes(values)
            let preview = hidden.map { " that decode to '\(CodePointDescription.shortened($0))'" } ?? ""
            return "\(values.count) variation selectors in a row can smuggle \(values.count) hidden bytes\(preview)"
        }
        return end
    }

    /// The bytes a selector run encodes (FE00–FE0F = 0–15, E0100–E01EF = 16–255), when mostly printable.
    static func decodedBytes(_ values: [UInt32]) -> String? {
        var bytes: [UInt8] = []
        for value in values {
            switch value {
            case 0xFE00...0xFE0F: bytes.append(UInt8(value - 0xFE00))
            case 0xE0100...0xE01EF: bytes.append(UInt8(value - 0xE0100 + 16))
            default: break
            }
        }
        let printable = bytes.count { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }
        guard bytes.count >= 4, printable * 10 >= bytes.count * 9 else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
