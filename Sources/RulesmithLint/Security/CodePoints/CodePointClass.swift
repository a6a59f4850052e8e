/// The code-point classes U1–U9 of the security reference (U10 and U11 look at tokens and bytes).
enum CodePointClass: Int, Sendable, CaseIterable {
    case tag
    case bidiControl
    case bidiMark
    case zeroWidth
    case variationSelector
    case control
    case blankLetter
    case otherInvisible
    case oddSpace
    case none

    /// The class of one scalar (a BOM at the start of the file is the caller's exception).
    @inline(__always)
    static func of(_ value: UInt32) -> CodePointClass {
        if value < 0x80 {
            return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0x7F ? .control : .none
        }
        if value < 0xA0 { return .control }
        switch value {
        case 0xE0000...0xE007F: return .tag
        case 0x202A...0x202E, 0x2066...0x2069: return .bidiControl
        case 0x200E, 0x200F, 0x061C: return .bidiMark
        case 0x200B...0x200D, 0x2060...0x2064, 0x206A...0x206F, 0x180E, 0x00AD, 0x034F, 0x17B4...0x17B5, 0xFEFF:
            return .zeroWidth
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF: return .variationSelector
        case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800: return .blankLetter
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x2028, 0x2029: return .oddSpace
        case 0xFFF0...0xFFFC: return .otherInvisible
        case 0x00A1...0x036F, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x23FF, 0x2500...0x27BF, 0x4E00...0x9FFF,
             0xAC00...0xD7A3:
            // Fully assigned blocks without format characters: skip the property lookup.
            return .none
        default: return fromProperties(value)
        }
    }

    private static func fromProperties(_ value: UInt32) -> CodePointClass {
        guard let scalar = Unicode.Scalar(value) else { return .none }
        switch scalar.properties.generalCategory {
        case .format, .privateUse, .unassigned: return .otherInvisible
        default: return .none
        }
    }
}

/// Facts about scalars that the exceptions of U2–U5 and U10 need, by code-point range.
enum ScalarFacts {
    /// A right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms).
    static func isRTLLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFE:
            guard let scalar = Unicode.Scalar(value) else { return false }
            return scalar.properties.isAlphabetic
        default:
            return false
        }
    }

    /// Letters and marks of scripts where ZWJ and ZWNJ shape text: Arabic (Persian), Syriac, Indic.
    static func isJoiningScript(_ value: UInt32) -> Bool {
        switch value {
        case 0x0600...0x06FF, 0x0700...0x074F, 0x0750...0x077F, 0x0870...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFE,
             0x0900...0x0DFF, 0x1CD0...0x1CFF, 0xA8E0...0xA8FF:
            guard let scalar = Unicode.Scalar(value) else { return false }
            let properties = scalar.properties
            if properties.isAlphabetic { return true }
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        default:
            return false
        }
    }

    /// A pictographic emoji, a skin-tone modifier or the emoji presentation selector.
    static func isEmojiPart(_ value: UInt32) -> Bool {
        if value == 0xFE0F || value == 0x20E3 { return true }
        guard value >= 0xA9, let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isEmoji || scalar.properties.isEmojiModifier
    }

    /// What may carry one FE0E/FE0F: an emoji, a symbol, a digit, `#` or `*`.
    static func takesPresentationSelector(_ value: UInt32) -> Bool {
        if (0x30...0x39).contains(value) || value == 0x23 || value == 0x2A { return true }
        guard value >= 0x80, let scalar = Unicode.Scalar(value) else { return false }
        if scalar.properties.isEmoji { return true }
        switch scalar.properties.generalCategory {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return true
        default: return false
        }
    }

    /// A visible ASCII character: what a token is made of in commands, URLs and identifiers.
    @inline(__always)
    static func isASCIIGraphic(_ value: UInt32) -> Bool { value > 0x20 && value < 0x7F }

    @inline(__always)
    static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }

    /// What can follow a space inside a command or phrase: a letter, digit, or `-`, `/`, `.`, `~`, `$`
    /// (not closing punctuation, which French typography sets off with a no-break space).
    static func continuesToken(_ value: UInt32) -> Bool {
        isASCIIAlphanumeric(value) || value == 0x2D || value == 0x2F || value == 0x2E || value == 0x7E || value == 0x24
    }

    /// `U+200B ZERO WIDTH SPACE`, or `U+E000` with a category when the scalar has no name.
    static func describe(_ value: UInt32) -> String {
        let code = hex(value)
        guard let scalar = Unicode.Scalar(value) else { return code }
        if let name = scalar.properties.name ?? scalar.properties.nameAlias { return "\(code) \(name)" }
        switch scalar.properties.generalCategory {
        case .privateUse: return "\(code) (private use)"
        case .unassigned: return "\(code) (unassigned)"
        case .control: return "\(code) (control)"
        default: return code
        }
    }

    /// `U+00AD`: four hex digits at least.
    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
