extension JSONValue {
    /// Serialises the value. `pretty` indents with two spaces. `scriptSafe`
    /// escapes `<`, `>` and `&` as `\u003c` … so the text can sit inside a
    /// `<script>` element (JSON-LD) without ending it; open-data files keep
    /// them readable.
    public func serialized(pretty: Bool = false, scriptSafe: Bool = true) -> String {
        var out = ""
        write(into: &out, pretty: pretty, indent: 0, scriptSafe: scriptSafe)
        return out
    }

    private func write(into out: inout String, pretty: Bool, indent: Int, scriptSafe: Bool) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .decimal(let d): out += d.isFinite ? String(d) : "null"
        case .string(let s): JSONValue.writeString(s, into: &out, scriptSafe: scriptSafe)
        case .array(let items):
            writeContainer(open: "[", close: "]", count: items.count, into: &out, pretty: pretty, indent: indent) { i, out in
                items[i].write(into: &out, pretty: pretty, indent: indent + 1, scriptSafe: scriptSafe)
            }
        case .object(let pairs):
            writeContainer(open: "{", close: "}", count: pairs.count, into: &out, pretty: pretty, indent: indent) { i, out in
                JSONValue.writeString(pairs[i].0, into: &out, scriptSafe: scriptSafe)
                out += pretty ? ": " : ":"
                pairs[i].1.write(into: &out, pretty: pretty, indent: indent + 1, scriptSafe: scriptSafe)
            }
        }
    }

    private func writeContainer(open: String, close: String, count: Int, into out: inout String, pretty: Bool,
                                indent: Int, item: (Int, inout String) -> Void) {
        out += open
        guard count > 0 else { out += close; return }
        for i in 0..<count {
            if i > 0 { out += "," }
            if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
            item(i, &out)
        }
        if pretty { out += "\n" + String(repeating: "  ", count: indent) }
        out += close
    }

    /// Appends `s` quoted and escaped. Runs of bytes that need no escape
    /// are appended whole: appending scalar by scalar made the open data of
    /// 10,000 records (their bodies as HTML) take seconds.
    static func writeString(_ s: String, into out: inout String, scriptSafe: Bool) {
        out += "\""
        let utf8 = s.utf8
        var run = utf8.startIndex
        var i = run
        while i != utf8.endIndex {
            let byte = utf8[i]
            let escape: String?
            var length = 1
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x3C where scriptSafe: escape = "\\u003c"
            case 0x3E where scriptSafe: escape = "\\u003e"
            case 0x26 where scriptSafe: escape = "\\u0026"
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8 / A9) end a line in JavaScript.
                let second = utf8.index(after: i)
                let third = second == utf8.endIndex ? second : utf8.index(after: second)
                if third != utf8.endIndex, utf8[second] == 0x80, utf8[third] == 0xA8 || utf8[third] == 0xA9 {
                    escape = utf8[third] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                } else {
                    escape = nil
                }
            default: escape = nil
            }
            if let escape {
                out += s[run..<i]
                out += escape
                i = utf8.index(i, offsetBy: length)
                run = i
            } else {
                i = utf8.index(after: i)
            }
        }
        out += s[run..<i]
        out += "\""
    }
}
