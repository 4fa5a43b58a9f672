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

    static func writeString(_ s: String, into out: inout String, scriptSafe: Bool) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where scriptSafe: out += "\\u003c"
            case ">" where scriptSafe: out += "\\u003e"
            case "&" where scriptSafe: out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
