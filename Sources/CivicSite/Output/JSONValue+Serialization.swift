extension JSONValue {
    /// Serialises the value. `pretty` indents with two spaces. `scriptSafe`
    /// escapes `<`, `>` and `&` as `\u003c` … so the text can sit inside a
    /// `<script>` element (JSON-LD) without ending it; open-data files keep
    /// them readable.
    ///
    /// Written as UTF-8 bytes and made a `String` once: appending to a
    /// `String` checks its storage at every piece.
    public func serialized(pretty: Bool = false, scriptSafe: Bool = true) -> String {
        String(decoding: serializedBytes(pretty: pretty, scriptSafe: scriptSafe), as: UTF8.self)
    }

    /// `serialized` as UTF-8 bytes, for a file: no `String` to check again.
    /// With `pretty`, every line after the first is `indent` levels further
    /// in (a record placed inside a file's list).
    public func serializedBytes(pretty: Bool = false, scriptSafe: Bool = true, indent: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(into: &out, pretty: pretty, indent: indent, scriptSafe: scriptSafe)
        return out
    }

    private func write(into out: inout [UInt8], pretty: Bool, indent: Int, scriptSafe: Bool) {
        switch self {
        case .null: out.append(utf8: "null")
        case .bool(let b): out.append(utf8: b ? "true" : "false")
        case .int(let i): out.append(utf8: String(i))
        case .decimal(let d): out.append(utf8: d.isFinite ? String(d) : "null")
        case .string(let s): JSONValue.writeString(s, into: &out, scriptSafe: scriptSafe)
        case .array(let items):
            writeContainer(open: 0x5B, close: 0x5D, count: items.count, into: &out, pretty: pretty, indent: indent) { i, out in
                items[i].write(into: &out, pretty: pretty, indent: indent + 1, scriptSafe: scriptSafe)
            }
        case .object(let pairs):
            writeContainer(open: 0x7B, close: 0x7D, count: pairs.count, into: &out, pretty: pretty, indent: indent) { i, out in
                JSONValue.writeString(pairs[i].0, into: &out, scriptSafe: scriptSafe)
                out.append(0x3A)
                if pretty { out.append(0x20) }
                pairs[i].1.write(into: &out, pretty: pretty, indent: indent + 1, scriptSafe: scriptSafe)
            }
        }
    }

    private func writeContainer(open: UInt8, close: UInt8, count: Int, into out: inout [UInt8], pretty: Bool,
                                indent: Int, item: (Int, inout [UInt8]) -> Void) {
        out.append(open)
        guard count > 0 else { out.append(close); return }
        for i in 0..<count {
            if i > 0 { out.append(0x2C) }
            if pretty { Self.newLine(indent + 1, into: &out) }
            item(i, &out)
        }
        if pretty { Self.newLine(indent, into: &out) }
        out.append(close)
    }

    private static func newLine(_ levels: Int, into out: inout [UInt8]) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: 2 * levels))
    }

    /// Appends `s` quoted and escaped. Runs of bytes that need no escape
    /// are appended whole: appending scalar by scalar made the open data of
    /// 10,000 records (their bodies as HTML) take seconds.
    static func writeString(_ s: String, into out: inout [UInt8], scriptSafe: Bool) {
        out.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            var run = 0
            var i = 0
            while i < utf8.count {
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
                    if i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 {
                        escape = utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                        length = 3
                    } else {
                        escape = nil
                    }
                default: escape = nil
                }
                if let escape {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                    out.append(utf8: escape)
                    i += length
                    run = i
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        out.append(0x22)
    }
}
