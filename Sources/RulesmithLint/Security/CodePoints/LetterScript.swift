/// The scripts U10 tells apart inside one token.
enum LetterScript: Sendable {
    case latin
    case cyrillic
    case greek
    case armenian
    case other

    /// The script of a letter by code-point range; `nil` for what cannot be part of a token.
    static func of(_ value: UInt32) -> LetterScript? {
        switch value {
        case 0x41...0x5A, 0x61...0x7A: return .latin
        case 0x30...0x39, 0x5F: return .other
        case 0x00...0x7F: return nil
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x250...0x2AF, 0x1E00...0x1EFF, 0x2C60...0x2C7F,
             0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return isTokenCharacter(value) ? .greek : nil
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F:
            return isTokenCharacter(value) ? .cyrillic : nil
        case 0x531...0x58F, 0xFB13...0xFB17: return isTokenCharacter(value) ? .armenian : nil
        default: return isTokenCharacter(value) ? .other : nil
        }
    }

    /// Whether a scalar is one U10 looks for (cheap range test before decoding a line's tokens).
    @inline(__always)
    static func isConfusableScript(_ value: UInt32) -> Bool {
        (0x370...0x58F).contains(value) || (0x1C80...0x1C8F).contains(value) || (0x1F00...0x1FFF).contains(value)
            || (0x2DE0...0x2DFF).contains(value) || (0xA640...0xA69F).contains(value) || (0xFB13...0xFB17).contains(value)
    }

    private static func isTokenCharacter(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
        default: return false
        }
    }

    var name: String {
        switch self {
        case .latin: "Latin"
        case .cyrillic: "Cyrillic"
        case .greek: "Greek"
        case .armenian: "Armenian"
        case .other: "other"
        }
    }
}
