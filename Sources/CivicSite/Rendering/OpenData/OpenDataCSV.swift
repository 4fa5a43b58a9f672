/// A CSV file as Excel opens it without asking: UTF-8 with a BOM (without
/// one, Japanese Excel reads UTF-8 as Shift_JIS), CRLF between records,
/// cells quoted when they hold a comma, a quote or a line break.
struct OpenDataCSV: Sendable {
    var header: [String]
    var rows: [[String]]

    var text: String {
        var out = "\u{FEFF}"
        for record in [header] + rows {
            out += record.map(Self.cell).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// One cell. Text that a spreadsheet would run as a formula (starting
    /// with `=`, `+`, `-`, `@`, a tab or a CR: CSV injection) gets a `'`
    /// in front, which Excel shows as text; the import takes it off again.
    static func cell(_ value: String) -> String {
        var v = value
        if let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { v = "'" + v }
        // Scalars, not Characters: a quote or a comma followed by a combining
        // mark (a half-width ﾞ or ﾟ, an accent) is one Character that equals
        // neither, and would slip through unquoted or undoubled.
        let special = v.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard special || v != v.trimmingSpaces else { return v }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for u in v.unicodeScalars {
            quoted.append(u)
            if u == "\"" { quoted.append(u) }
        }
        quoted.append("\"")
        return String(quoted)
    }
}

extension String {
    fileprivate var trimmingSpaces: String { WrittenValue.trimmed(self) }
}
