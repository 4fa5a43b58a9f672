/// HTML5 named and numeric character references.
enum MarkdownEntityTable {
    /// Name (without `&` and `;`) to its UTF-8 replacement, unpacked once on first use.
    static let table: [[UInt8]: [UInt8]] = {
        var table: [[UInt8]: [UInt8]] = [:]
        table.reserveCapacity(2200)
        for line in packed {
            for record in line.split(separator: " ") {
                let parts = record.split(separator: "=")
                var value: [UInt8] = []
                for hex in parts[1].split(separator: "+") {
                    if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) {
                        MarkdownBytes.appendUTF8(scalar, to: &value)
                    }
                }
                table[Array(parts[0].utf8)] = value
            }
        }
        return table
    }()

    static let longestName = 32

    /// Decodes the reference starting at `bytes[start]` (an `&`): the
    /// replacement and the index after the `;`, or nil if it is not a valid reference.
    static func decode(_ bytes: [UInt8], at start: Int, end: Int) -> ([UInt8], Int)? {
        var i = start + 1
        guard i < end else { return nil }
        if bytes[i] == UInt8(ascii: "#") {
            i += 1
            var value = 0
            var digits = 0
            if i < end && (bytes[i] == UInt8(ascii: "x") || bytes[i] == UInt8(ascii: "X")) {
                i += 1
                while i < end && MarkdownBytes.isHexDigit(bytes[i]) && digits < 7 {
                    value = value * 16 + MarkdownBytes.hexValue(bytes[i])
                    i += 1
                    digits += 1
                }
                guard digits >= 1 && digits <= 6 else { return nil }
            } else {
                while i < end && MarkdownBytes.isDigit(bytes[i]) && digits < 8 {
                    value = value * 10 + Int(bytes[i] - 0x30)
                    i += 1
                    digits += 1
                }
                guard digits >= 1 && digits <= 7 else { return nil }
            }
            guard i < end && bytes[i] == UInt8(ascii: ";") else { return nil }
            let scalar = (value == 0 ? nil : Unicode.Scalar(UInt32(value))) ?? Unicode.Scalar(0xFFFD)!
            var out: [UInt8] = []
            MarkdownBytes.appendUTF8(scalar, to: &out)
            return (out, i + 1)
        }
        let nameStart = i
        while i < end && MarkdownBytes.isAlphanumeric(bytes[i]) && i - nameStart <= longestName { i += 1 }
        guard i > nameStart, i < end, bytes[i] == UInt8(ascii: ";") else { return nil }
        guard let value = table[Array(bytes[nameStart..<i])] else { return nil }
        return (value, i + 1)
    }
}
