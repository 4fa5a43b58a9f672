/// Characters YAML does not allow in a document at all: control codes
/// other than tab and line breaks, usually pasted in unseen.
extension FrontMatterReader {
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF:
            return true
        default:
            return false
        }
    }

    /// `U+0007`: how messages name a character that cannot be shown.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let code = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
    }

    /// One error per line holding a character YAML forbids, at the first.
    /// A byte order mark counts: past the start of the file it is never
    /// meant (YAML allows it only there and in quotes, where it would still
    /// be an invisible part of a published value).
    func nonPrintableDiagnostics() -> [Diagnostic] {
        var result: [Diagnostic] = []
        var lastLine = -1
        for index in scalars.indices where !Self.isPrintable(scalars[index]) || scalars[index] == "\u{FEFF}" {
            let place = location(index)
            guard place.line != lastLine else { continue }
            lastLine = place.line
            result.append(scalars[index] == "\u{FEFF}"
                ? .error(.byteOrderMarkInside, at: place)
                : .error(.controlCharacter, at: place, ["code": .text(Self.codePoint(scalars[index]))]))
        }
        return result
    }
}
