extension KeyedNode {
    /// A calendar date, `YYYY-MM-DD`.
    public mutating func date(_ key: String) -> LocalDate? {
        node(key).flatMap { dateValue($0, key: key) }
    }

    public mutating func dateValue(_ node: FrontMatterNode, key: String) -> LocalDate? {
        guard let text = scalarText(node, key: key) else { return nil }
        switch DecodingDateText.date(text) {
        case .success(let date): return date
        case .failure(.notReal(let reason)):
            reportNotReal(reason, text: text, key: key, at: node.location)
        case .failure(.malformed):
            report(.notADate, at: node.location, key: key, ["value": .text(text)], hint: dateHint(text, key: key))
        }
        return nil
    }

    /// An event start: a whole day or a moment (`YYYY-MM-DD HH:MM`, or ISO
    /// 8601 with optional seconds and offset).
    public mutating func requiredEventTime(_ key: String, example: String) -> EventTime? {
        required(key, example: example).flatMap { eventTimeValue($0, key: key) }
    }

    /// A whole day or a moment, as `start` is written.
    public mutating func eventTimeValue(_ node: FrontMatterNode, key: String) -> EventTime? {
        guard let text = scalarText(node, key: key) else { return nil }
        let asDate = DecodingDateText.date(text)
        if case .success(let date) = asDate { return .date(date) }
        switch DecodingDateText.dateTime(text) {
        case .success(let moment): return .dateTime(moment)
        case .failure(.notReal(let reason)):
            reportNotReal(reason, text: text, key: key, at: node.location)
            return nil
        case .failure(.malformed):
            break
        }
        if case .failure(.notReal(let reason)) = asDate {
            reportNotReal(reason, text: text, key: key, at: node.location)
        } else {
            report(.notAnEventStart, at: node.location, key: key, ["value": .text(text)], hint: startHint(text, key: key))
        }
        return nil
    }

    /// An event end: a date-time, or `HH:MM` on the day the event starts
    /// (in the start's offset).
    public mutating func eventEnd(_ key: String, start: EventTime?) -> DateTime? {
        guard let node = node(key), let text = scalarText(node, key: key) else { return nil }
        if text.unicodeScalars.count <= 5 {
            switch DecodingDateText.time(text) {
            case .success(let time):
                guard let start else { return nil }
                let offset = start.moment.offsetMinutes
                return DateTime(date: start.day, hour: time.hour, minute: time.minute, offsetMinutes: offset)
            case .failure(.notReal(let reason)):
                reportNotReal(reason, text: text, key: key, at: node.location)
                return nil
            case .failure(.malformed):
                break
            }
        } else if case .success = DecodingDateText.date(text) {
            report(.endIsADateAlone, at: node.location, key: key, ["value": .text(text)])
            return nil
        } else {
            switch DecodingDateText.dateTime(text) {
            case .success(let moment): return moment
            case .failure(.notReal(let reason)):
                reportNotReal(reason, text: text, key: key, at: node.location)
                return nil
            case .failure(.malformed):
                break
            }
        }
        report(.notAnEventEnd, at: node.location, key: key, ["value": .text(text)], hint: endHint(text, key: key, start: start))
        return nil
    }

    mutating func reportNotReal(_ reason: DecodingDateText.Reason, text: String, key: String, at location: SourceLocation) {
        report(.notARealDate, at: location, key: key, ["value": .text(text), "reason": Term.dateReason(reason)])
    }
}

/// Hints that show a date the way it must be written, converted from how
/// it was typed (`令和9年3月14日` → `2027-03-14`), when that is certain.
extension KeyedNode {
    /// Keys about the past: a day written without a year is the last such
    /// day; for every other key (events, deadlines) it is the next one.
    static let pastKeys: Set<String> = ["updated", "founded", "date"]

    func yearChoice(for key: String) -> WrittenValue.YearChoice {
        Self.pastKeys.contains(key) ? .lastOnOrBefore : .nextOnOrAfter
    }

    /// `{assumed}` for a year that was or was not assumed.
    static func assumed(_ date: LocalDate, _ assumed: Bool) -> MessageArgument {
        assumed ? Term.assumedYear(date.year) : .term(Term.nothing)
    }

    /// A date alone, for `deadline`, `opens`, `apply_by`, `updated`.
    func dateHint(_ text: String, key: String) -> ChosenHint? {
        guard let written = WrittenValue.dateText(text), written.time == nil,
              let (date, assumed) = WrittenValue.day(of: written, today: today, choice: yearChoice(for: key)) else { return nil }
        return ChosenHint(.writeDateLine, ["line": .text("\(key): \(date)"), "assumed": Self.assumed(date, assumed)])
    }

    /// A start: the date, the time if one was written, and the end of a
    /// range such as `13:30〜16:00` on a line of its own.
    func startHint(_ text: String, key: String) -> ChosenHint? {
        guard let written = WrittenValue.dateText(text),
              let (date, assumed) = WrittenValue.day(of: written, today: today, choice: .nextOnOrAfter) else { return nil }
        let line = "\(key): \(date)" + (written.time.map { " \($0)" } ?? "")
        var arguments: MessageArguments = ["line": .text(line), "assumed": Self.assumed(date, assumed)]
        guard let end = written.endTime, written.time != nil else { return ChosenHint(.writeDateLine, arguments) }
        arguments["endLine"] = .text("end: \"\(end)\"")
        return ChosenHint(.startAndEndLines, arguments)
    }

    /// An end: a time alone (`16時`, `“16:00”`), or a date and time, whose
    /// year is taken from the start when none was written.
    func endHint(_ text: String, key: String, start: EventTime?) -> ChosenHint? {
        if let time = WrittenValue.time(text) {
            // An end before the start was not meant as written (`9:30` for
            // an event from 13:30): no value is offered.
            if let start, case .dateTime(let begin) = start, (time.hour, time.minute) < (begin.hour, begin.minute) { return nil }
            let line: MessageArguments = ["line": .text("\(key): \"\(time)\"")]
            return ChosenHint(WrittenValue.isCurlyQuoted(text) ? .straightQuotes : .writeLine, line)
        }
        guard let written = WrittenValue.dateText(text), let time = written.time, written.endTime == nil,
              let (date, assumed) = WrittenValue.day(of: written, today: start?.day ?? today, choice: .nextOnOrAfter) else { return nil }
        return ChosenHint(.writeDateLine, ["line": .text("\(key): \(date) \(time)"), "assumed": Self.assumed(date, assumed)])
    }
}
