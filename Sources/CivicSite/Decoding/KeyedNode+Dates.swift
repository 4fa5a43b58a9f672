extension KeyedNode {
    /// A calendar date, `YYYY-MM-DD`.
    public mutating func date(_ key: String) -> LocalDate? {
        node(key).flatMap { dateValue($0, key: key) }
    }

    public mutating func dateValue(_ node: FrontMatterNode, key: String) -> LocalDate? {
        guard let text = scalarText(node, key: key) else { return nil }
        switch DecodingDateText.date(text) {
        case .success(let date): return date
        case .failure(let problem):
            report(dateProblem(problem, text: text, key: key, at: node.location, shape: "a date written YYYY-MM-DD",
                               example: DecodingDateText.guess(text) ?? "2026-04-01"))
            return nil
        }
    }

    /// A date-time: `YYYY-MM-DD HH:MM` or ISO 8601 with optional seconds and offset.
    public mutating func dateTimeValue(_ node: FrontMatterNode, key: String) -> DateTime? {
        guard let text = scalarText(node, key: key) else { return nil }
        switch DecodingDateText.dateTime(text) {
        case .success(let value): return value
        case .failure(let problem):
            report(dateProblem(problem, text: text, key: key, at: node.location,
                               shape: "a date and time written YYYY-MM-DD HH:MM", example: "2026-12-05 10:00"))
            return nil
        }
    }

    /// An event start: a whole day or a moment.
    public mutating func requiredEventTime(_ key: String, example: String) -> EventTime? {
        guard let node = required(key, example: example), let text = scalarText(node, key: key) else { return nil }
        if case .success(let date) = DecodingDateText.date(text) { return .date(date) }
        if text.unicodeScalars.count > 10 { return dateTimeValue(node, key: key).map(EventTime.dateTime) }
        switch DecodingDateText.date(text) {
        case .success(let date): return .date(date)
        case .failure(let problem):
            report(dateProblem(problem, text: text, key: key, at: node.location,
                               shape: "a date (YYYY-MM-DD) or a date and time (YYYY-MM-DD HH:MM)",
                               example: DecodingDateText.guess(text) ?? "2026-12-05 10:00"))
            return nil
        }
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
            case .failure(let problem):
                report(dateProblem(problem, text: text, key: key, at: node.location,
                                   shape: "a time (HH:MM) or a date and time (YYYY-MM-DD HH:MM)", example: "16:00"))
                return nil
            }
        }
        if case .success = DecodingDateText.date(text) {
            report(.error(at: node.location, "'\(qualified(key))' must be a time (HH:MM) or a date and time (YYYY-MM-DD HH:MM), found a date alone",
                          hint: "write e.g. '\(key): \(text) 17:00'"))
            return nil
        }
        return dateTimeValue(node, key: key)
    }

    func dateProblem(_ problem: DecodingDateText.Problem, text: String, key: String, at location: SourceLocation,
                     shape: String, example: String) -> Diagnostic {
        switch problem {
        case .malformed:
            return .error(at: location, "'\(qualified(key))' must be \(shape), found '\(text)'",
                          hint: "write e.g. '\(key): \(example)'")
        case .notReal(let why):
            return .error(at: location, "'\(qualified(key))' is not a real date or time: '\(text)'", hint: why)
        }
    }
}
