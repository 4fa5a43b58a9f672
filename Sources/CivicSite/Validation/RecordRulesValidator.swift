/// Checks between keys of one record: dates in order, amounts in order.
public enum RecordRulesValidator {
    public static func validate(_ event: Event) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let source = event.source
        if let end = event.end, end < event.start.moment {
            diagnostics.append(.error(at: source.location(of: "end"),
                                      "'end' (\(end)) is before 'start' (\(event.start.moment))",
                                      hint: "a time alone, e.g. 'end: 16:00', means the day the event starts"))
        }
        if let applyBy = event.applyBy, applyBy > event.start.day {
            diagnostics.append(.warning(at: source.location(of: "apply_by"),
                                        "'apply_by' (\(applyBy)) is after the event starts (\(event.start.day))",
                                        hint: "applications usually close before the event"))
        }
        return diagnostics
    }

    public static func validate(_ grant: Grant) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let source = grant.source
        if let opens = grant.opens, let deadline = grant.deadline, opens > deadline {
            diagnostics.append(.error(at: source.location(of: "opens"), "'opens' (\(opens)) is after 'deadline' (\(deadline))",
                                      hint: "check the year of both dates"))
        }
        if let low = grant.amountMin, let high = grant.amountMax, low > high {
            diagnostics.append(.error(at: source.location(of: "amount_min"),
                                      "'amount_min' (\(low)) is more than 'amount_max' (\(high))",
                                      hint: "amounts are whole yen, e.g. 'amount_max: 300000'"))
        }
        return diagnostics
    }

    public static func validate(_ content: SiteContent) -> [Diagnostic] {
        content.events.flatMap(validate) + content.grants.flatMap(validate)
    }
}
