/// How the tokenizer treats one scalar of normalised text; `search-engine.js` has
/// the same table.
enum SearchCharacterClass: Equatable {
    case han
    case kana
    case word
    case separator

    init(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x3134F).contains(v) || (0x3005...0x3007).contains(v) {
            self = .han
        } else if (0x3041...0x309F).contains(v) || (0x30A0...0x30FA).contains(v) || (0x30FC...0x30FF).contains(v)
            || (0x31F0...0x31FF).contains(v) {
            // 0x30FB (・) is punctuation: it separates words in katakana names.
            self = .kana
        } else {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark,
                 .decimalNumber, .letterNumber, .otherNumber:
                self = .word
            default:
                self = .separator
            }
        }
    }

    var isCJK: Bool { self == .han || self == .kana }
}
