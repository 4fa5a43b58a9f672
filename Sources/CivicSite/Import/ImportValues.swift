/// What a cell becomes in front matter: the value as typed, converted only
/// where its meaning is certain (the same readings as the hints of
/// `check`): `２８名` → 28, `令和9年3月14日` → 2027-03-14, `○` → true.
/// Anything else is written as typed, so that the record's own checks
/// report it at its cell.
enum ImportValues {
    /// Spaces around the text removed, and Excel's `="0123"` (typed to keep
    /// a leading zero) unwrapped.
    static func cell(_ text: String) -> String {
        var s = WrittenValue.trimmed(text)
        if s.hasPrefix("=\""), s.hasSuffix("\""), s.count >= 3 {
            s = String(s.dropFirst(2).dropLast())
        }
        // The `'` the open-data CSV puts before text a spreadsheet would
        // take for a formula.
        if s.hasPrefix("'"), let second = s.dropFirst().unicodeScalars.first, "=+-@".unicodeScalars.contains(second) {
            s.removeFirst()
        }
        return s
    }

    /// The written form of one value, nil when the cell is empty.
    static func value(_ raw: String, _ kind: ImportValueKind) -> ImportScalar? {
        let text = cell(raw)
        guard !text.isEmpty else { return nil }
        let folded = WrittenValue.trimmed(WrittenText.folded(text))
        switch kind {
        case .text:
            return .text(text)
        case .folded:
            return .text(folded)
        case .address:
            return .text(folded.hasPrefix("mailto:") ? String(folded.dropFirst(7)) : folded)
        case .number(let numberKind):
            if let n = WrittenValue.wholeNumber(text, numberKind) { return .plain(String(n)) }
            return .text(text)
        case .flag:
            if let b = WrittenValue.bool(text) { return .plain(b ? "true" : "false") }
            if folded == "1" { return .plain("true") }
            if folded == "0" || folded == "-" { return .plain("false") }
            return .text(text)
        case .date:
            if case .success = DecodingDateText.date(folded) { return .plain(folded) }
            if let written = WrittenValue.dateText(text), written.time == nil, let year = written.year,
               case .success(let d) = DecodingDateText.date(LocalDate(year: year, month: written.month, day: written.day).description) {
                return .plain(d.description)
            }
            return .text(text)
        case .yearOrDate:
            if let year = WrittenValue.year(text) { return .plain(String(year)) }
            return value(text, .date)
        case .time:
            if let t = WrittenValue.time(text) { return .quoted(t.description) }
            return .text(text)
        case .dateTime:
            if case .success = DecodingDateText.date(folded) { return .plain(folded) }
            if case .success = DecodingDateText.dateTime(folded) { return .plain(folded) }
            if let written = WrittenValue.dateText(text), let year = written.year {
                let day = LocalDate(year: year, month: written.month, day: written.day)
                guard case .success = DecodingDateText.date(day.description) else { return .text(text) }
                guard let time = written.time else { return .plain(day.description) }
                return .plain(day.description + " " + time.description)
            }
            return .text(text)
        }
    }

    /// The end time of a range written in one start cell (`2027/3/14 13:30〜16:00`).
    static func endOfRange(_ raw: String) -> String? {
        guard let written = WrittenValue.dateText(cell(raw)), written.year != nil, let end = written.endTime else { return nil }
        return end.description
    }

    /// Whether a cell of a one-column-per-field sheet marks the field: nil
    /// when it is neither a mark nor empty.
    static func mark(_ raw: String) -> Bool? {
        let text = cell(raw)
        if text.isEmpty { return false }
        let folded = WrittenText.folded(text)
        if ["1", "●", "■", "レ", "✓", "✔", "*"].contains(folded) { return true }
        if ["0", "-", "ー", "－"].contains(folded) { return false }
        return WrittenValue.bool(text)
    }
}

/// A value as it will be written after `key: `.
enum ImportScalar: Sendable, Hashable {
    /// Written as it is (numbers, dates, true/false).
    case plain(String)
    /// Text, quoted when YAML would otherwise read it as something else.
    case text(String)
    /// Always in double quotes (a time of day).
    case quoted(String)

    var written: String {
        switch self {
        case .plain(let s): return s
        case .text(let s): return ImportYAML.text(s)
        case .quoted(let s): return ImportYAML.quoted(s)
        }
    }

    var raw: String {
        switch self {
        case .plain(let s), .text(let s), .quoted(let s): return s
        }
    }
}
