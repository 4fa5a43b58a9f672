/// The YAML 1.2 core schema for plain scalars.
///
/// Unlike YAML 1.1 (and PyYAML), `yes`/`no`/`on`/`off` stay text, `1_000`
/// and `12:30` stay text, `0o17` is octal and `010` is ten.
enum FrontMatterScalarResolver {
    /// The value of a plain scalar, or nil for an integer too large for `Int`.
    static func resolve(_ text: String) -> FrontMatterNode.Value? {
        guard let first = text.utf8.first else { return .null }
        // Most values are words; only these first characters can begin a
        // null, a boolean or a number, and checking them first keeps
        // Japanese text away from the string comparisons below.
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"):
            break
        default:
            return .string(text)
        }
        let bytes = Array(text.utf8)
        if bytes.contains(where: { $0 >= 0x80 }) { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL":
            return .null
        case "true", "True", "TRUE":
            return .bool(true)
        case "false", "False", "FALSE":
            return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
            return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF":
            return .float(-.infinity)
        case ".nan", ".NaN", ".NAN":
            return .float(.nan)
        default:
            break
        }
        if isDecimalInteger(bytes) {
            return Int(text).map { .int($0) }
        }
        if bytes.count > 2 && bytes[0] == UInt8(ascii: "0") {
            let digits = String(text.dropFirst(2))
            if bytes[1] == UInt8(ascii: "o") && bytes.dropFirst(2).allSatisfy({ (0x30...0x37).contains($0) }) {
                return Int(digits, radix: 8).map { .int($0) }
            }
            if bytes[1] == UInt8(ascii: "x") && bytes.dropFirst(2).allSatisfy(isHexDigit) {
                return Int(digits, radix: 16).map { .int($0) }
            }
        }
        if isFloat(bytes), let value = Double(text) {
            return .float(value)
        }
        return .string(text)
    }

    /// `[-+]?[0-9]+`
    static func isDecimalInteger(_ bytes: [UInt8]) -> Bool {
        let digits = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+")
            ? bytes.dropFirst() : bytes[...]
        return !digits.isEmpty && digits.allSatisfy(isDigit)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    static func isFloat(_ bytes: [UInt8]) -> Bool {
        var i = 0
        func digitRun() -> Int {
            let start = i
            while i < bytes.count && isDigit(bytes[i]) { i += 1 }
            return i - start
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) { i += 1 }
        let whole = digitRun()
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            let fraction = digitRun()
            if whole == 0 && fraction == 0 { return false }
        } else if whole == 0 {
            return false
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) { i += 1 }
            if digitRun() == 0 { return false }
        }
        return i == bytes.count
    }

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}
